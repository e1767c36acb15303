#!/usr/bin/env python3
"""Consistency checks of the deployment files, run by check-manifests.sh (which renders the overlays).

  check_manifests.py --root REPO --renders DIR [--node NODE --validator validate-k8s.cjs]

DIR holds <renderer>/<overlay>.yaml. Prints one FAIL line per problem and exits 1 if there is any.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

NAME = "app.kubernetes.io/name"
UID = 10001

failures = []
notes = []


def fail(where, message):
    failures.append(f"FAIL {where}: {message}")


def note(message):
    notes.append(f"NOTE {message}")


# ---------------------------------------------------------------- the repository's services

def services(root):
    """{service name: its folder}: every services/<name>/ with a pom.xml, plus gateway/."""
    found = {}
    for pom in sorted(glob.glob(os.path.join(root, "services", "*", "pom.xml"))):
        found[os.path.basename(os.path.dirname(pom))] = os.path.dirname(pom)
    if os.path.isfile(os.path.join(root, "gateway", "pom.xml")):
        found["gateway"] = os.path.join(root, "gateway")
    return found


def built_jar(folder):
    """target/<artifactId>-<version>.jar of a module, relative to the repository root."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    pom = ET.parse(os.path.join(folder, "pom.xml")).getroot()
    artifact = pom.findtext("m:artifactId", namespaces=ns)
    version = pom.findtext("m:version", namespaces=ns) or pom.findtext("m:parent/m:version", namespaces=ns)
    return f"target/{artifact}-{version}.jar"


# ---------------------------------------------------------------- Kubernetes

def index(objects):
    by_kind = {}
    for o in objects:
        by_kind.setdefault(o["kind"], {})[o["metadata"]["name"]] = o
    return by_kind


def pod_spec(deployment):
    return deployment["spec"]["template"]["spec"]


def container_ports(deployment):
    """{port name: number} and the set of numbers, over every container."""
    named, numbers = {}, set()
    for c in pod_spec(deployment)["containers"]:
        for p in c.get("ports", []):
            numbers.add(p["containerPort"])
            if "name" in p:
                named[p["name"]] = p["containerPort"]
    return named, numbers


def matches(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_overlay(where, objects, svc_names, root):
    k = index(objects)
    deployments = k.get("Deployment", {})
    svcs = k.get("Service", {})
    configmaps = k.get("ConfigMap", {})
    secrets = k.get("Secret", {})

    # One namespace for everything, and its Namespace object.
    namespaces = {o["metadata"].get("namespace") for o in objects if o["kind"] != "Namespace"}
    if len(namespaces) != 1 or None in namespaces:
        fail(where, f"objects are not all in one namespace: {sorted(map(str, namespaces))}")
    elif next(iter(namespaces)) not in k.get("Namespace", {}):
        fail(where, f"no Namespace object for {next(iter(namespaces))}")

    # Every service has a Deployment, and every Deployment is a service.
    for s in svc_names:
        if s not in deployments:
            fail(where, f"service {s} (folder in the repository) has no Deployment")
    for d in deployments:
        if d not in svc_names:
            fail(where, f"Deployment {d} matches no services/<name>/ or gateway/ folder")

    ports_of = {}
    for name, d in deployments.items():
        w = f"{where} Deployment/{name}"
        spec = pod_spec(d)
        labels = d["spec"]["template"]["metadata"].get("labels", {})
        if labels.get(NAME) != name or d["spec"]["selector"].get("matchLabels", {}).get(NAME) != name:
            fail(w, f"pod labels and selector must carry {NAME}: {name}")
        named, numbers = container_ports(d)
        ports_of[name] = (named, numbers)
        if "http" not in named:
            fail(w, "no container port named http (actuator)")
        psc = spec.get("securityContext", {})
        if psc.get("runAsNonRoot") is not True or psc.get("runAsUser") != UID:
            fail(w, f"pod securityContext needs runAsNonRoot: true and runAsUser: {UID}")
        if psc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
            fail(w, "pod securityContext needs seccompProfile RuntimeDefault")
        if spec.get("serviceAccountName") not in k.get("ServiceAccount", {}):
            fail(w, f"serviceAccountName {spec.get('serviceAccountName')} is not rendered")
        volumes = {v["name"]: v for v in spec.get("volumes", [])}
        for c in spec["containers"]:
            cw = f"{w} container {c['name']}"
            if c.get("image", "").split(":")[0] != f"antq/{name}":
                fail(cw, f"image {c.get('image')} is not antq/{name}")
            sc = c.get("securityContext", {})
            if sc.get("readOnlyRootFilesystem") is not True or sc.get("allowPrivilegeEscalation") is not False \
                    or sc.get("capabilities", {}).get("drop") != ["ALL"]:
                fail(cw, "securityContext needs readOnlyRootFilesystem, no privilege escalation, drop ALL")
            mounts = {m["mountPath"]: m["name"] for m in c.get("volumeMounts", [])}
            if "emptyDir" not in volumes.get(mounts.get("/tmp"), {}):
                fail(cw, "/tmp is not an emptyDir (the root filesystem is read-only)")
            for m in c.get("volumeMounts", []):
                if m["name"] not in volumes:
                    fail(cw, f"volumeMount {m['name']} has no volume")
            res = c.get("resources", {})
            for part in ("requests", "limits"):
                for r in ("cpu", "memory"):
                    if r not in res.get(part, {}):
                        fail(cw, f"resources.{part}.{r} missing")
            for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                p = c.get(probe)
                if not p:
                    fail(cw, f"no {probe}")
                    continue
                port = (p.get("httpGet") or p.get("tcpSocket") or p.get("grpc") or {}).get("port")
                if port not in named and port not in numbers:
                    fail(cw, f"{probe} port {port} is not a container port")
                path = (p.get("httpGet") or {}).get("path", "")
                if p.get("httpGet") and not path.startswith("/actuator/health"):
                    fail(cw, f"{probe} path {path} is not an actuator health group")
            for ef in c.get("envFrom", []):
                ref = (ef.get("configMapRef") or {}).get("name")
                if ref and ref not in configmaps:
                    fail(cw, f"envFrom ConfigMap {ref} is not rendered")
            for e in c.get("env", []):
                ref = (e.get("valueFrom") or {}).get("secretKeyRef")
                if ref:
                    check_secret_ref(cw, ref, secrets, root)
        for v in volumes.values():
            if "configMap" in v and v["configMap"]["name"] not in configmaps:
                fail(w, f"volume {v['name']}: ConfigMap {v['configMap']['name']} is not rendered")

    # Services: select one Deployment; every target port is a container port; every named
    # container port is exposed under the same name.
    for name, s in svcs.items():
        w = f"{where} Service/{name}"
        selected = [d for d, o in deployments.items()
                    if matches(s["spec"].get("selector"), o["spec"]["template"]["metadata"].get("labels", {}))]
        if len(selected) != 1:
            fail(w, f"selects {len(selected)} Deployments {selected}, expected 1")
            continue
        named, numbers = ports_of[selected[0]]
        for p in s["spec"]["ports"]:
            target = p.get("targetPort", p["port"])
            if target not in named and target not in numbers:
                fail(w, f"port {p.get('name')}: targetPort {target} is not a container port of {selected[0]}")
            if target in named and named[target] != p["port"]:
                fail(w, f"port {p.get('name')}: port {p['port']} differs from container port {named[target]}")
        exposed = {p.get("name") for p in s["spec"]["ports"]}
        for port_name in named:
            if port_name not in exposed:
                fail(w, f"container port {port_name} of {selected[0]} is not exposed")
    for d in deployments:
        if not any(matches(s["spec"].get("selector"), deployments[d]["spec"]["template"]["metadata"]["labels"])
                   for s in svcs.values()):
            fail(where, f"Deployment {d} has no Service")

    # Addresses in the environment (http://identity:9000/..., registry:9091) name a Service port.
    for cm_name, cm in configmaps.items():
        for key, value in (cm.get("data") or {}).items():
            for host, port in re.findall(r"(?:^|//)([a-z][a-z0-9-]*):(\d+)(?=/|$)", str(value)):
                if host in svcs:
                    if int(port) not in [p["port"] for p in svcs[host]["spec"]["ports"]]:
                        fail(f"{where} ConfigMap/{cm_name}", f"{key}={value}: Service {host} has no port {port}")
                elif host not in ("localhost",) and "CHANGE-ME" not in value and not host.startswith("file"):
                    fail(f"{where} ConfigMap/{cm_name}", f"{key}={value}: no Service named {host}")

    # Autoscaled Deployments: no replicas field (the HPA owns it) and a PodDisruptionBudget.
    hpas = k.get("HorizontalPodAutoscaler", {})
    for name, h in hpas.items():
        target = h["spec"]["scaleTargetRef"]
        if target["kind"] != "Deployment" or target["name"] not in deployments:
            fail(f"{where} HorizontalPodAutoscaler/{name}", f"targets missing {target['kind']}/{target['name']}")
        elif "replicas" in deployments[target["name"]]["spec"]:
            fail(f"{where} Deployment/{target['name']}", "sets replicas although an HPA scales it")
    scaled = {h["spec"]["scaleTargetRef"]["name"] for h in hpas.values()}
    for name, p in k.get("PodDisruptionBudget", {}).items():
        sel = p["spec"]["selector"].get("matchLabels", {})
        if not any(matches(sel, d["spec"]["template"]["metadata"]["labels"]) for d in deployments.values()):
            fail(f"{where} PodDisruptionBudget/{name}", f"selector {sel} matches no Deployment")
    pdb_apps = {p["spec"]["selector"].get("matchLabels", {}).get(NAME) for p in k.get("PodDisruptionBudget", {}).values()}
    for d in scaled - pdb_apps:
        fail(where, f"Deployment {d} is autoscaled but has no PodDisruptionBudget")
    for required in ("registry", "welfare", "gateway"):
        if required in deployments and required not in scaled:
            fail(where, f"{required} has no HorizontalPodAutoscaler")

    check_network_policies(where, k.get("NetworkPolicy", {}), deployments, ports_of)
    check_config_repo(where, configmaps, root)


def check_secret_ref(where, ref, secrets, root):
    """The key must exist in the rendered Secret or, when the Secret is created out of band, in the
    example of components/external-database/."""
    name, key = ref["name"], ref["key"]
    if name in secrets:
        keys = set(secrets[name].get("data") or {}) | set(secrets[name].get("stringData") or {})
        source = "the rendered Secret"
    else:
        example = os.path.join(root, "k8s", "components", "external-database", "secret.yaml")
        examples = {d["metadata"]["name"]: d for d in yaml.safe_load_all(open(example)) if d}
        if name not in examples:
            fail(where, f"Secret {name} is neither rendered nor documented in {os.path.relpath(example, root)}")
            return
        keys = set(examples[name].get("stringData") or {}) | set(examples[name].get("data") or {})
        source = "the example Secret"
        note(f"{where.split(' ')[0]}: Secret {name} is not rendered; create it in the cluster "
             f"(keys {', '.join(sorted(keys))})")
    if key not in keys:
        fail(where, f"Secret {name} key {key} is not in {source} ({', '.join(sorted(keys))})")


# A policy for every pod of the platform (e.g. monitoring's scrape allow), not one service.
ALL_PLATFORM_PODS = "*"


def check_network_policies(where, policies, deployments, ports_of):
    if not policies:
        return
    if not any(p["spec"].get("podSelector") == {} and set(p["spec"].get("policyTypes", [])) == {"Ingress", "Egress"}
               and not p["spec"].get("ingress") and not p["spec"].get("egress") for p in policies.values()):
        fail(where, "network policies without a default-deny (podSelector {}, Ingress and Egress, no rules)")

    def app_of(selector, w):
        labels = (selector or {}).get("matchLabels", {})
        if not labels:
            return None
        if labels == {"app.kubernetes.io/part-of": "antq"}:
            return ALL_PLATFORM_PODS
        app = labels.get(NAME)
        if app not in deployments:
            fail(w, f"selects {labels}: no Deployment has {NAME}={app}")
            return False
        return app

    covered = set()
    for name, p in policies.items():
        w = f"{where} NetworkPolicy/{name}"
        own = app_of(p["spec"].get("podSelector"), w)
        if own and own != ALL_PLATFORM_PODS:
            covered.add(own)
        for direction, peers_key in (("ingress", "from"), ("egress", "to")):
            for i, rule in enumerate(p["spec"].get(direction, [])):
                rw = f"{w} {direction}[{i}]"
                ports = {pp["port"] for pp in rule.get("ports", [])}
                for peer in rule.get(peers_key, []):
                    if "namespaceSelector" in peer or "ipBlock" in peer:
                        continue  # outside the platform (kube-dns, a database): not checked here
                    app = app_of(peer.get("podSelector"), rw)
                    if app and direction == "egress":
                        named, numbers = ports_of[app]
                        for port in ports:
                            if port not in numbers and port not in named:
                                fail(rw, f"port {port} is not a container port of {app} ({sorted(numbers)})")
                if direction == "ingress" and own:
                    for target in (deployments if own == ALL_PLATFORM_PODS else [own]):
                        named, numbers = ports_of[target]
                        for port in ports:
                            if port not in numbers and port not in named:
                                fail(rw, f"port {port} is not a container port of {target} ({sorted(numbers)})")
    for d in deployments:
        if d not in covered:
            fail(where, f"Deployment {d} has no NetworkPolicy of its own (default deny isolates it)")


def check_config_repo(where, configmaps, root):
    """The ConfigMaps built from config-repo/ hold exactly its files (kustomize takes no globs)."""
    expected = {
        "config-repo": sorted(os.path.basename(f) for f in glob.glob(os.path.join(root, "config-repo", "*.yml"))),
        "config-repo-tenants": sorted(os.path.basename(f)
                                      for f in glob.glob(os.path.join(root, "config-repo", "tenants", "*.yml"))),
    }
    for prefix, files in expected.items():
        found = [cm for n, cm in configmaps.items() if re.fullmatch(re.escape(prefix) + r"(-[a-z0-9]{10})?", n)]
        if len(found) != 1:
            fail(where, f"expected one ConfigMap {prefix}, found {len(found)}")
            continue
        keys = sorted(found[0].get("data") or {})
        folder = "config-repo/" + ("tenants/" if prefix.endswith("tenants") else "")
        for missing in sorted(set(files) - set(keys)):
            fail(where, f"{folder}{missing} is not in ConfigMap {prefix}: add it to "
                        f"k8s/base/config-server/kustomization.yaml")
        for extra in sorted(set(keys) - set(files)):
            fail(where, f"ConfigMap {prefix} has {extra}, which is not in {folder}")


# ---------------------------------------------------------------- docker-compose and Docker

def check_compose(root, svc_names, k8s_objects):
    path = os.path.join(root, "docker-compose.yml")
    compose = yaml.safe_load(open(path))
    services_ = compose.get("services", {})
    w = "docker-compose.yml"
    for name, folder in svc_names.items():
        s = services_.get(name)
        if not s:
            fail(w, f"service {name} is missing")
            continue
        sw = f"{w} {name}"
        build = s.get("build") or {}
        if build.get("context") != "." or build.get("dockerfile") != "docker/Dockerfile":
            fail(sw, "build must be {context: ., dockerfile: docker/Dockerfile}")
        jar = os.path.relpath(os.path.join(folder, built_jar(folder)), root)
        if (build.get("args") or {}).get("JAR") != jar:
            fail(sw, f"build arg JAR is {(build.get('args') or {}).get('JAR')}, Maven builds {jar}")
    for name, s in services_.items():
        sw = f"{w} {name}"
        if not (s.get("healthcheck") or {}).get("test"):
            fail(sw, "no healthcheck")
        for dep, cond in (s.get("depends_on") or {}).items():
            if dep not in services_:
                fail(sw, f"depends on unknown service {dep}")
            elif (cond or {}).get("condition") != "service_healthy":
                fail(sw, f"depends_on {dep} must use condition: service_healthy")
        env = s.get("environment") or {}
        if name in svc_names:
            # The same ports as in Kubernetes, published as is.
            port = str(env.get("PORT", ""))
            published = [str(p) for p in s.get("ports", [])]
            deployment = next((o for o in k8s_objects if o["kind"] == "Deployment" and o["metadata"]["name"] == name), None)
            if deployment:
                named, _ = container_ports(deployment)
                wanted = {str(named.get("http")): "PORT", str(named.get("grpc")): "GRPC_PORT"}
                for number, var in wanted.items():
                    if number == "None":
                        continue
                    if str(env.get(var)) != number:
                        fail(sw, f"{var}={env.get(var)} but the Kubernetes container port is {number}")
                    if f"{number}:{number}" not in published:
                        fail(sw, f"port {number} is not published as {number}:{number}")
            if not port:
                fail(sw, "no PORT in environment")
        # Addresses of other compose services name one of their ports.
        for key, value in env.items():
            for host, port in re.findall(r"(?:^|//)([a-z][a-z0-9-]*):(\d+)(?=/|$)", str(value)):
                if host in services_ and host in svc_names:
                    other = services_[host].get("environment") or {}
                    if port not in (str(other.get("PORT")), str(other.get("GRPC_PORT"))):
                        fail(sw, f"{key}={value}: {host} listens on {other.get('PORT')}/{other.get('GRPC_PORT')}")
    check_databases(w, services_)


def check_databases(w, services_):
    """Every ANTQ_DB_URL names a database that the postgres init script creates, with its roles."""
    pg = services_.get("postgres", {})
    env = pg.get("environment") or {}
    databases = str(env.get("ANTQ_DATABASES", "registry welfare")).split()
    for db in databases:
        for var in (f"{db.upper()}_OWNER_PASSWORD", f"{db.upper()}_APP_PASSWORD"):
            if var not in env:
                fail(f"{w} postgres", f"{var} missing (docker/postgres-init/01-roles.sh needs it)")
    for name, s in services_.items():
        senv = s.get("environment") or {}
        url = senv.get("ANTQ_DB_URL")
        if not url:
            continue
        db = url.rsplit("/", 1)[-1]
        if db not in databases:
            fail(f"{w} {name}", f"database {db} is not in postgres ANTQ_DATABASES ({' '.join(databases)})")
        if senv.get("ANTQ_DB_USER") != f"{db}_app" or senv.get("ANTQ_DB_OWNER") != f"{db}_owner":
            fail(f"{w} {name}", f"ANTQ_DB_USER/ANTQ_DB_OWNER must be {db}_app/{db}_owner")
        if "postgres" not in (s.get("depends_on") or {}):
            fail(f"{w} {name}", "uses the database but does not depend on postgres")


def check_dockerfile(root):
    path = os.path.join(root, "docker", "Dockerfile")
    text = open(path).read()
    w = "docker/Dockerfile"
    if not re.search(r"^ARG JAVA_IMAGE=eclipse-temurin:17-jre$", text, re.M):
        fail(w, "base image must be eclipse-temurin:17-jre")
    if not re.search(r"^ARG JAR$", text, re.M):
        fail(w, "no ARG JAR")
    if "-Djarmode=tools" not in text or "--layers" not in text:
        fail(w, "the jar is not extracted into layers")
    user = re.findall(r"^USER (\S+)", text, re.M)
    if not user or not user[-1].startswith(f"{UID}"):
        fail(w, f"the final USER must be {UID}")
    entry = re.findall(r"^ENTRYPOINT (.+)$", text, re.M)
    try:
        argv = json.loads(entry[-1])
    except (IndexError, ValueError):
        argv = None
    if not argv or argv[0] != "java" or "-XX:MaxRAMPercentage=75" not in argv or "-XX:+ExitOnOutOfMemoryError" not in argv:
        fail(w, "ENTRYPOINT must be exec form: java -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError ...")


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--renders", required=True)
    ap.add_argument("--node")
    ap.add_argument("--validator")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    svc_names = services(root)
    print(f"services in the repository: {', '.join(svc_names)}")

    renders = {}
    for f in sorted(glob.glob(os.path.join(args.renders, "*", "*.yaml"))):
        renderer, overlay = os.path.basename(os.path.dirname(f)), os.path.basename(f)[:-5]
        renders.setdefault(overlay, {})[renderer] = open(f).read()
    overlays = sorted(os.path.basename(os.path.dirname(k))
                      for k in glob.glob(os.path.join(root, "k8s", "overlays", "*", "kustomization.yaml")))
    if not overlays:
        fail("k8s", "no overlays")
    schema_input = []
    objects_of = {}
    for overlay in overlays:
        outputs = renders.get(overlay, {})
        if not outputs:
            fail(f"k8s/overlays/{overlay}", "was not rendered")
            continue
        texts = set(outputs.values())
        if len(texts) > 1:
            fail(f"k8s/overlays/{overlay}", f"renderers disagree: {', '.join(sorted(outputs))}")
        objects = [o for o in yaml.safe_load_all(next(iter(outputs.values()))) if o]
        objects_of[overlay] = objects
        kinds = {}
        for o in objects:
            kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
        print(f"overlay {overlay}: {len(objects)} objects ("
              + ", ".join(f"{n} {kd}" for kd, n in sorted(kinds.items())) + f"), rendered by {', '.join(sorted(outputs))}")
        check_overlay(f"k8s/overlays/{overlay}", objects, set(svc_names), root)
        schema_input += [{"where": f"k8s/overlays/{overlay}", "object": o} for o in objects]
        placeholders = sorted({o["kind"] + "/" + o["metadata"]["name"] for o in objects if "CHANGE-ME" in json.dumps(o)})
        if placeholders:
            note(f"overlay {overlay} has CHANGE-ME placeholders in {', '.join(placeholders)}")
    if "prod" in objects_of and not any(o["kind"] == "NetworkPolicy" for o in objects_of["prod"]):
        fail("k8s/overlays/prod", "has no NetworkPolicy (include components/network-policies)")

    check_compose(root, svc_names, objects_of.get("prod") or next(iter(objects_of.values()), []))
    check_dockerfile(root)

    if args.node and args.validator:
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(schema_input, f)
        result = subprocess.run([args.node, args.validator, f.name], capture_output=True, text=True)
        os.unlink(f.name)
        lines = result.stdout.strip().splitlines()
        for line in lines[:-1]:
            fail("schema", line)
        print(lines[-1] if lines else result.stderr.strip())
        if result.returncode and not lines[:-1]:
            fail("schema", f"validator failed: {result.stderr.strip()}")

    for n in sorted(set(notes)):
        print(n)
    for f in failures:
        print(f)
    print(f"checks: {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
