"""Serve a built site on loopback with gzip, the way GitHub Pages serves it.

Usage:  .venv/bin/python -m scripts.serve_compressed [SITE_DIR] [PORT]    (default: site/ 8001)
For Lighthouse runs (see README); the benchmark and tests use the same server.
"""

import sys
import threading

from tooling.servers import serve

if __name__ == "__main__":
    site = sys.argv[1] if len(sys.argv) > 1 else "site"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8001
    server, url = serve(site, port)
    print(f"Serving {site} with gzip at {url}/ (Ctrl+C to stop)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
