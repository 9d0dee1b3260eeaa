"""Test-only hook of the tiny site: keep compiled templates between builds.

Every bad-input case builds its own copy of the tiny site, and compiling
Material's templates is about half of each build's time. The copies sit side
by side, so they share one cache folder next to them. Jinja checks each
template's source before using the cached code, so nothing stale is used.
"""

from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    folder = Path(config.config_file_path).resolve().parent.parent / ".template-cache"
    folder.mkdir(exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
