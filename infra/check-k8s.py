#!/usr/bin/python3
"""Offline structural checks of infra/k8s (no cluster, no kubeconform download): every document has apiVersion,
kind and metadata.name of known kinds; Deployment selectors match their pod labels and every container names an
image; each Service selects a Deployment's pods; each Ingress routes to a Service and port that exist and carries the
WebSocket annotations; the worker Deployment limits nvidia.com/gpu. Exits non-zero naming each problem."""
import pathlib
import sys

import yaml

KNOWN = {("apps/v1", "Deployment"), ("v1", "Service"), ("networking.k8s.io/v1", "Ingress"), ("v1", "ConfigMap")}
WEBSOCKET_ANNOTATIONS = ("nginx.ingress.kubernetes.io/proxy-read-timeout", "nginx.ingress.kubernetes.io/proxy-send-timeout")


def load(folder):
    docs = []
    for path in sorted(pathlib.Path(folder).glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc:
                docs.append((path.name, doc))
    return docs


def check(docs):
    problems = []
    deployments, services = {}, {}
    for name, doc in docs:
        where = f"{name}: {doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
        if (doc.get("apiVersion"), doc.get("kind")) not in KNOWN:
            problems.append(f"{where}: unknown apiVersion/kind {doc.get('apiVersion')}/{doc.get('kind')}")
        if not doc.get("metadata", {}).get("name"):
            problems.append(f"{where}: metadata.name missing")
        if doc.get("kind") == "Deployment":
            spec = doc["spec"]
            selector = spec["selector"]["matchLabels"]
            labels = spec["template"]["metadata"]["labels"]
            if any(labels.get(k) != v for k, v in selector.items()):
                problems.append(f"{where}: selector {selector} does not match pod labels {labels}")
            for container in spec["template"]["spec"]["containers"]:
                if not container.get("image"):
                    problems.append(f"{where}: container {container.get('name')} has no image")
            deployments[doc["metadata"]["name"]] = (labels, spec["template"]["spec"]["containers"])
        if doc.get("kind") == "Service":
            services[doc["metadata"]["name"]] = doc["spec"]
    for name, spec in services.items():
        selected = [d for d, (labels, _) in deployments.items() if all(labels.get(k) == v for k, v in spec["selector"].items())]
        if not selected:
            problems.append(f"Service/{name}: selects no Deployment's pods")
        ports = {p.get("name") for _, (_, containers) in deployments.items() for c in containers for p in c.get("ports", [])}
        for port in spec["ports"]:
            if isinstance(port.get("targetPort"), str) and port["targetPort"] not in ports:
                problems.append(f"Service/{name}: targetPort {port['targetPort']} is no container port")
    for name, doc in docs:
        if doc.get("kind") != "Ingress":
            continue
        annotations = doc["metadata"].get("annotations", {})
        for key in WEBSOCKET_ANNOTATIONS:
            if key not in annotations:
                problems.append(f"Ingress/{doc['metadata']['name']}: missing WebSocket annotation {key}")
        for rule in doc["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                service = services.get(backend["name"])
                if service is None:
                    problems.append(f"Ingress/{doc['metadata']['name']}: backend service {backend['name']} does not exist")
                elif backend["port"].get("name") not in {p.get("name") for p in service["ports"]}:
                    problems.append(f"Ingress/{doc['metadata']['name']}: backend port {backend['port']} not on {backend['name']}")
    gpu = [d for d, (_, containers) in deployments.items()
           if any(c.get("resources", {}).get("limits", {}).get("nvidia.com/gpu") for c in containers)]
    if not gpu:
        problems.append("no Deployment limits nvidia.com/gpu (the GPU worker)")
    if not any(doc.get("kind") == "Ingress" for _, doc in docs):
        problems.append("no Ingress")
    return problems


if __name__ == "__main__":
    found = check(load(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent / "k8s"))
    for problem in found:
        print(f"k8s: {problem}", file=sys.stderr)
    sys.exit(1 if found else 0)
