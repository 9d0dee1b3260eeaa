"""The project's query table: what learners type, and the section that must answer it.

Each row: (language home, query, the section that must be among the first four
result links, the class of query). Korean queries run from /, English ones from
/en/. The benchmark (scripts/benchmark.py) runs the same table against this site
and against vanilla Material search over the same content.

Sections are named by page path and heading anchor; every one must be listed in
tests/published_urls.txt (tests/test_search_understanding.py checks).
"""

from typing import NamedTuple

CP = "kubernetes/control-plane-and-nodes/"
ONLY_API = CP + "#why-only-the-api-server-talks-to-etcd"
ORCH = "kubernetes/orchestration/"
ARCH = "kubernetes/cluster-architecture/"
BASICS = "docker/basics/"
MODELS = "docker/service-models/"

# Classes of learner queries (issue 12).
SITE_TERMS = "written as on the site"
NO_SPACE = "spacing left out"
EXTRA_SPACE = "spacing added"
PARTICLE = "particle after the word"
VARIANT = "variant spelling or transliteration"
OLD_TERM = "2020 vocabulary"
ENGLISH_TERM = "English term on the Korean site"
TYPO = "one typo"
PLURAL = "singular or plural"
PHRASE = "heading holds the whole query"
# Issue 21.
KOREAN_TYPO = "Korean typo (jamo)"
ABBREVIATION = "abbreviation or short name"
QUESTION = "question"
NOTHING_FOUND = "nothing found: suggestions"


class Query(NamedTuple):
    home: str
    query: str
    section: str  # page path + "#anchor", relative to the language home
    kind: str

    @property
    def expected(self) -> str:
        return self.home + self.section


def _rows(home: str, rows: list[tuple[str, str, str]]) -> list[Query]:
    return [Query(home, query, section, kind) for query, section, kind in rows]


KOREAN = _rows(
    "/",
    [
        ("스케줄러", CP + "#kube-scheduler", SITE_TERMS),
        ("컨트롤러 매니저", CP + "#kube-controller-manager", SITE_TERMS),
        ("etcd", CP + "#etcd", SITE_TERMS),
        ("kubelet", CP + "#kubelet", SITE_TERMS),
        ("kube-proxy", CP + "#kube-proxy", SITE_TERMS),
        ("kube-apiserver", CP + "#kube-apiserver", SITE_TERMS),
        ("apiserver", CP + "#kube-apiserver", SITE_TERMS),
        ("쿼럼", CP + "#etcd-quorum", SITE_TERMS),
        ("스태틱 파드", CP + "#static-pods", SITE_TERMS),
        ("고가용성", CP + "#high-availability", SITE_TERMS),
        ("빈 패킹", ORCH + "#bin-packing", SITE_TERMS),
        ("자가 치유", ORCH + "#self-healing", SITE_TERMS),
        ("롤링 업데이트", ORCH + "#rolling-updates-and-rollbacks", SITE_TERMS),
        ("kubeconfig", ARCH + "#kubectl-and-kubeconfig", SITE_TERMS),
        ("Dockerfile", BASICS + "#dockerfile-walkthrough", SITE_TERMS),
        ("레이어", BASICS + "#images-and-layers", SITE_TERMS),
        ("cgroup", BASICS + "#namespaces-and-cgroups", SITE_TERMS),
        ("NIST", MODELS + "#nist-definitions", SITE_TERMS),
        # Spacing left out: the most common Korean habit.
        ("컨테이너런타임", CP + "#container-runtime", NO_SPACE),
        ("워커노드", CP + "#worker-nodes", NO_SPACE),
        ("가상머신", BASICS + "#containers-vs-vms", NO_SPACE),
        ("롤링업데이트", ORCH + "#rolling-updates-and-rollbacks", NO_SPACE),
        ("자가치유", ORCH + "#self-healing", NO_SPACE),
        ("api서버", CP + "#kube-apiserver", NO_SPACE),
        ("이미지레이어", BASICS + "#images-and-layers", NO_SPACE),
        ("스태틱파드", CP + "#static-pods", NO_SPACE),
        ("로드밸런싱", ORCH + "#service-discovery-and-load-balancing", NO_SPACE),
        ("빈패킹", ORCH + "#bin-packing", NO_SPACE),
        ("컨트롤플레인", CP + "#control-plane", NO_SPACE),
        ("리더선출", CP + "#load-balancer-and-leader-election", NO_SPACE),
        ("로드밸런서", CP + "#load-balancer-and-leader-election", NO_SPACE),
        ("빌드캐시", BASICS + "#build-cache", NO_SPACE),
        ("서비스디스커버리", ORCH + "#service-discovery-and-load-balancing", NO_SPACE),
        ("노드어피니티", ORCH + "#node-affinity", NO_SPACE),
        ("파드안티어피니티", ORCH + "#pod-anti-affinity", NO_SPACE),
        ("조정루프", ORCH + "#controllers-and-reconciliation", NO_SPACE),
        ("요청과제한", ORCH + "#requests-and-limits", NO_SPACE),
        ("클라우드서비스모델", MODELS + "#service-models", NO_SPACE),
        ("관리형쿠버네티스", MODELS + "#managed-kubernetes-caas", NO_SPACE),
        ("컨트롤러매니저", CP + "#kube-controller-manager", NO_SPACE),
        ("스택형etcd", CP + "#stacked-vs-external-etcd", NO_SPACE),
        ("선적컨테이너", MODELS + "#shipping-container-metaphor", NO_SPACE),
        # Spacing added where the site writes one word.
        ("고 가용성", CP + "#high-availability", EXTRA_SPACE),
        ("네임 스페이스", BASICS + "#namespaces-and-cgroups", EXTRA_SPACE),
        ("하이퍼 바이저", BASICS + "#containers-vs-vms", EXTRA_SPACE),
        # Particles (조사) after Korean and English words.
        ("스케줄러가", CP + "#kube-scheduler", PARTICLE),
        ("디플로이먼트를", ORCH + "#create-a-deployment", PARTICLE),
        ("etcd는", CP + "#etcd", PARTICLE),
        ("api서버의", CP + "#kube-apiserver", PARTICLE),
        ("kubelet이", CP + "#kubelet", PARTICLE),
        ("컨테이너 런타임은", CP + "#container-runtime", PARTICLE),
        ("레이어는", BASICS + "#images-and-layers", PARTICLE),
        ("쿼럼이", CP + "#etcd-quorum", PARTICLE),
        ("스태틱 파드는", CP + "#static-pods", PARTICLE),
        ("kube-proxy가", CP + "#kube-proxy", PARTICLE),
        ("리더 선출을", CP + "#load-balancer-and-leader-election", PARTICLE),
        ("레지스트리에", BASICS + "#registries", PARTICLE),
        ("테인트와", ORCH + "#taints-and-tolerations", PARTICLE),
        ("하이퍼바이저가", BASICS + "#containers-vs-vms", PARTICLE),
        ("컨트롤 플레인에서", CP + "#control-plane", PARTICLE),
        # Variant spellings and transliterations lead to the site's term.
        ("스케쥴러", CP + "#kube-scheduler", VARIANT),
        ("쿠블렛", CP + "#kubelet", VARIANT),
        ("큐블릿", CP + "#kubelet", VARIANT),
        ("큐블렛", CP + "#kubelet", VARIANT),
        ("컴포즈", MODELS + "#compose-nginx-php", VARIANT),
        ("콘피그맵", ORCH + "#config-and-secrets", VARIANT),
        ("미니큐브", ARCH + "#local-clusters", VARIANT),
        ("도커 파일", BASICS + "#dockerfile-walkthrough", VARIANT),
        ("도커파일", BASICS + "#dockerfile-walkthrough", VARIANT),
        ("헬스체크", ORCH + "#health-checks-and-restarts", NO_SPACE),
        ("상태 검사", ORCH + "#health-checks-and-restarts", VARIANT),
        ("라이브니스 프로브", ORCH + "#health-checks-and-restarts", VARIANT),
        ("정적 파드", CP + "#static-pods", VARIANT),
        ("큐브 프록시", CP + "#kube-proxy", VARIANT),
        ("이티시디", CP + "#etcd", VARIANT),
        ("큐브컨트롤", ARCH + "#kubectl-and-kubeconfig", VARIANT),
        ("셀프 힐링", ORCH + "#self-healing", VARIANT),
        ("무중단 배포", ORCH + "#rolling-updates-and-rollbacks", VARIANT),
        ("아피니티", ORCH + "#node-affinity", VARIANT),
        # The 2020 posts' vocabulary leads to today's.
        ("마스터", CP + "#control-plane", OLD_TERM),
        ("마스터 노드", CP + "#control-plane", OLD_TERM),
        ("마스터노드", CP + "#control-plane", OLD_TERM),
        ("마스터 컴포넌트", CP + "#control-plane", OLD_TERM),
        ("멀티 마스터", CP + "#high-availability", OLD_TERM),
        # English terms typed on the Korean site (the glossary pairs them).
        ("static pod", CP + "#static-pods", ENGLISH_TERM),
        ("container runtime", CP + "#container-runtime", ENGLISH_TERM),
        ("self-healing", ORCH + "#self-healing", ENGLISH_TERM),
        ("rolling update", ORCH + "#rolling-updates-and-rollbacks", ENGLISH_TERM),
        # Korean typos: a confusable vowel (ㅐ/ㅔ), a final consonant dropped
        # or added, one jamo wrong in a long word, two syllables swapped.
        ("컨트롤러 메니저", CP + "#kube-controller-manager", KOREAN_TYPO),
        ("로드 벨런싱", ORCH + "#service-discovery-and-load-balancing", KOREAN_TYPO),
        ("스캐줄러", CP + "#kube-scheduler", KOREAN_TYPO),
        ("래지스트리", BASICS + "#registries", KOREAN_TYPO),
        ("래이어", BASICS + "#images-and-layers", KOREAN_TYPO),
        ("스테틱 파드", CP + "#static-pods", KOREAN_TYPO),
        ("롤링 업대이트", ORCH + "#rolling-updates-and-rollbacks", KOREAN_TYPO),
        ("컨태이너 런타임", CP + "#container-runtime", KOREAN_TYPO),
        ("톨러래이션", ORCH + "#taints-and-tolerations", KOREAN_TYPO),
        ("빈 페킹", ORCH + "#bin-packing", KOREAN_TYPO),
        ("핼스 체크", ORCH + "#health-checks-and-restarts", KOREAN_TYPO),
        ("컨트롤 프레인", CP + "#control-plane", KOREAN_TYPO),
        ("디프로이먼트", ORCH + "#create-a-deployment", KOREAN_TYPO),
        ("하이파바이저", BASICS + "#containers-vs-vms", KOREAN_TYPO),
        ("노드 어퍼니티", ORCH + "#node-affinity", KOREAN_TYPO),
        ("톨레러이션", ORCH + "#taints-and-tolerations", KOREAN_TYPO),
        ("네임스패이스", BASICS + "#namespaces-and-cgroups", KOREAN_TYPO),
        ("스캐줄러가", CP + "#kube-scheduler", KOREAN_TYPO),
        # Abbreviations and short names engineers write (kubectl's short names too).
        ("kcm", CP + "#kube-controller-manager", ABBREVIATION),
        ("ccm", CP + "#cloud-controller-manager", ABBREVIATION),
        ("k8s 스케줄러", CP + "#kube-scheduler", ABBREVIATION),
        ("kube-api", CP + "#kube-apiserver", ABBREVIATION),
        ("CRI", CP + "#container-runtime", ABBREVIATION),
        ("CNI", CP + "#cni-network-plugins", ABBREVIATION),
        ("OCI", CP + "#container-runtime", ABBREVIATION),
        ("hpa", ORCH + "#scaling", ABBREVIATION),
        ("svc", ORCH + "#service-discovery-and-load-balancing", ABBREVIATION),
        ("cm", ORCH + "#config-and-secrets", ABBREVIATION),
        ("deploy", ORCH + "#create-a-deployment", ABBREVIATION),
        ("po", ARCH + "#pods-and-containers", ABBREVIATION),
        ("CRD", ORCH + "#extensibility", ABBREVIATION),
        ("VM", BASICS + "#containers-vs-vms", ABBREVIATION),
        ("kcm이", CP + "#kube-controller-manager", ABBREVIATION),
        # Whole questions: question words and endings don't count.
        ("스케줄러가 뭐야", CP + "#kube-scheduler", QUESTION),
        ("etcd란 무엇인가요", CP + "#etcd", QUESTION),
        ("쿼럼이란?", CP + "#etcd-quorum", QUESTION),
        ("kubelet은 무슨 일을 하나요", CP + "#kubelet", QUESTION),
        ("왜 api 서버만 etcd와 대화하나요", ONLY_API, QUESTION),
        ("컨테이너와 가상 머신의 차이", BASICS + "#containers-vs-vms", QUESTION),
        ("롤링 업데이트는 어떻게 하나요", ORCH + "#rolling-updates-and-rollbacks", QUESTION),
        ("스태틱 파드가 뭔가요", CP + "#static-pods", QUESTION),
        ("자가 치유란 무엇인가", ORCH + "#self-healing", QUESTION),
        ("빈 패킹이 뭐예요?", ORCH + "#bin-packing", QUESTION),
        ("스케줄러는 노드를 어떻게 고르나요", ORCH + "#filtering-and-scoring", QUESTION),
        ("테인트와 톨러레이션 차이가 뭐야", ORCH + "#taints-and-tolerations", QUESTION),
        # Nothing matches: the closest terms of the site are offered.
        ("쿼롬", CP + "#etcd-quorum", NOTHING_FOUND),
        ("스캐쥴라", CP + "#kube-scheduler", NOTHING_FOUND),
        ("헬쓰체크", ORCH + "#health-checks-and-restarts", NOTHING_FOUND),
        ("큐블랫", CP + "#kubelet", NOTHING_FOUND),
        ("컨트롤러매니져", CP + "#kube-controller-manager", NOTHING_FOUND),
    ],
)

ENGLISH = _rows(
    "/en/",
    [
        ("scheduler", CP + "#kube-scheduler", SITE_TERMS),
        ("controller manager", CP + "#kube-controller-manager", SITE_TERMS),
        ("etcd", CP + "#etcd", SITE_TERMS),
        ("kubelet", CP + "#kubelet", SITE_TERMS),
        ("kube-proxy", CP + "#kube-proxy", SITE_TERMS),
        ("kube-apiserver", CP + "#kube-apiserver", SITE_TERMS),
        ("apiserver", CP + "#kube-apiserver", SITE_TERMS),
        ("quorum", CP + "#etcd-quorum", SITE_TERMS),
        ("high availability", CP + "#high-availability", SITE_TERMS),
        ("bin packing", ORCH + "#bin-packing", SITE_TERMS),
        ("self-healing", ORCH + "#self-healing", SITE_TERMS),
        ("kubeconfig", ARCH + "#kubectl-and-kubeconfig", SITE_TERMS),
        ("Dockerfile", BASICS + "#dockerfile-walkthrough", SITE_TERMS),
        ("hypervisor", BASICS + "#containers-vs-vms", SITE_TERMS),
        ("cgroups", BASICS + "#namespaces-and-cgroups", SITE_TERMS),
        ("NIST", MODELS + "#nist-definitions", SITE_TERMS),
        # One typo in a word of five or more letters.
        ("kubelt", CP + "#kubelet", TYPO),
        ("kubeadmin", CP + "#static-pods", VARIANT),
        ("schedular", CP + "#kube-scheduler", TYPO),
        ("contianer runtime", CP + "#container-runtime", TYPO),
        ("hypervisr", BASICS + "#containers-vs-vms", TYPO),
        ("namspaces", BASICS + "#namespaces-and-cgroups", TYPO),
        ("registy", BASICS + "#registries", TYPO),
        ("toleratons", ORCH + "#taints-and-tolerations", TYPO),
        ("quorom", CP + "#etcd-quorum", TYPO),
        ("node afinity", ORCH + "#node-affinity", TYPO),
        ("controler manager", CP + "#kube-controller-manager", TYPO),
        ("leader eleciton", CP + "#load-balancer-and-leader-election", TYPO),
        ("kube-schedular", CP + "#kube-scheduler", TYPO),
        # Singular and plural alike.
        ("pods", ARCH + "#pods-and-containers", PLURAL),
        ("registry", BASICS + "#registries", PLURAL),
        ("taint", ORCH + "#taints-and-tolerations", PLURAL),
        ("namespace", BASICS + "#namespaces-and-cgroups", PLURAL),
        ("rolling updates", ORCH + "#rolling-updates-and-rollbacks", PLURAL),
        ("health check", ORCH + "#health-checks-and-restarts", PLURAL),
        ("static pods", CP + "#static-pods", PLURAL),
        ("image layers", BASICS + "#images-and-layers", PLURAL),
        ("worker node", CP + "#worker-nodes", PLURAL),
        ("controllers", ORCH + "#controllers-and-reconciliation", PLURAL),
        # A section whose heading holds the whole query outranks pages that
        # merely contain each word.
        ("container runtime", CP + "#container-runtime", PHRASE),
        ("control plane", CP + "#control-plane", PHRASE),
        ("leader election", CP + "#load-balancer-and-leader-election", PHRASE),
        ("build cache", BASICS + "#build-cache", PHRASE),
        ("service discovery", ORCH + "#service-discovery-and-load-balancing", PHRASE),
        ("desired state", ORCH + "#declarative-desired-state", PHRASE),
        ("node affinity", ORCH + "#node-affinity", PHRASE),
        ("shipping container", MODELS + "#shipping-container-metaphor", PHRASE),
        ("api server", CP + "#kube-apiserver", PHRASE),
        ("static pod", CP + "#static-pods", PHRASE),
        ("rolling update", ORCH + "#rolling-updates-and-rollbacks", PHRASE),
        # Words run together.
        ("selfhealing", ORCH + "#self-healing", NO_SPACE),
        ("loadbalancing", ORCH + "#service-discovery-and-load-balancing", NO_SPACE),
        ("controlplane", CP + "#control-plane", NO_SPACE),
        # Older names and other spellings.
        ("master", CP + "#control-plane", OLD_TERM),
        ("master node", CP + "#control-plane", OLD_TERM),
        ("multi-master", CP + "#high-availability", OLD_TERM),
        ("docker file", BASICS + "#dockerfile-walkthrough", VARIANT),
        ("liveness probe", ORCH + "#health-checks-and-restarts", VARIANT),
        ("HA", CP + "#high-availability", VARIANT),
        # Abbreviations and short names engineers write (kubectl's short names too).
        ("kcm", CP + "#kube-controller-manager", ABBREVIATION),
        ("ccm", CP + "#cloud-controller-manager", ABBREVIATION),
        ("k8s scheduler", CP + "#kube-scheduler", ABBREVIATION),
        ("kube-api", CP + "#kube-apiserver", ABBREVIATION),
        ("CRI", CP + "#container-runtime", ABBREVIATION),
        ("CNI", CP + "#cni-network-plugins", ABBREVIATION),
        ("hpa", ORCH + "#scaling", ABBREVIATION),
        ("svc", ORCH + "#service-discovery-and-load-balancing", ABBREVIATION),
        ("cm", ORCH + "#config-and-secrets", ABBREVIATION),
        ("deploy", ORCH + "#create-a-deployment", ABBREVIATION),
        ("sched", CP + "#kube-scheduler", ABBREVIATION),
        ("CSI", ORCH + "#extensibility", ABBREVIATION),
        ("rs", ORCH + "#rolling-updates-and-rollbacks", ABBREVIATION),
        # Whole questions: question words and filler don't count.
        ("what is etcd", CP + "#etcd", QUESTION),
        ("what is a static pod?", CP + "#static-pods", QUESTION),
        ("how does the scheduler pick a node", ORCH + "#filtering-and-scoring", QUESTION),
        ("why does only the api server talk to etcd", ONLY_API, QUESTION),
        ("difference between containers and virtual machines", BASICS + "#containers-vs-vms", QUESTION),
        ("what is the difference between taints and tolerations", ORCH + "#taints-and-tolerations", QUESTION),
        ("how do rolling updates work", ORCH + "#rolling-updates-and-rollbacks", QUESTION),
        ("what does the kubelet do", CP + "#kubelet", QUESTION),
        ("what is quorum in etcd", CP + "#etcd-quorum", QUESTION),
        ("what is bin packing?", ORCH + "#bin-packing", QUESTION),
        ("how does self-healing work", ORCH + "#self-healing", QUESTION),
        ("what is kube-proxy for", CP + "#kube-proxy", QUESTION),
        # Nothing matches: the closest terms of the site are offered.
        ("etdc", CP + "#etcd", NOTHING_FOUND),
        ("rbca", CP + "#authorization-rbac", NOTHING_FOUND),
        ("helthchek", ORCH + "#health-checks-and-restarts", NOTHING_FOUND),
        ("orkestraton", ORCH + "#why-orchestration", NOTHING_FOUND),
        ("loadbalanser", CP + "#load-balancer-and-leader-election", NOTHING_FOUND),
    ],
)

QUERIES = KOREAN + ENGLISH
