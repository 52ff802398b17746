#!/usr/bin/env bash
# podlint as a git hook, end to end, both ways, in scratch repositories:
#  1. the pre-commit framework (Debian's pre-commit 3.0.x) with this checkout as the hook repository
#     (repo: <this checkout>, rev: <its HEAD>): a commit with a broken manifest is refused, naming the
#     rule; the fixed commit is accepted. pre-commit clones HEAD, so uncommitted changes are not tested.
#     A broken manifest in a folder that .podlint.yaml excludes is committed: pre-commit names it, and
#     the hook's --force-exclude skips it.
#  2. 'podlint hook install': a manifest that is bad in the index but fixed in the working tree is
#     still refused (the hook lints what the commit holds); the staged fix is accepted; a broken
#     manifest the config file excludes is accepted; an existing hook is not replaced without --force.
#  3. the distribution 'mvn package' makes (cli/target/podlint-*-dist.tar.gz), unpacked: its
#     bin/podlint lints without Maven on the PATH, and the 'podlint-system' hook (language: system)
#     runs it from the PATH: a broken manifest is refused, the fix accepted.
#  4. the launcher's build step with stand-ins for Maven and java: ./mvnw when present, else mvn,
#     one progress line on stderr, no rebuild when the jar is current.
# Runnable by hand from anywhere: .ci/hook-test.sh (installs pre-commit with apt-get when missing,
# which needs root, as CI has).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v pre-commit >/dev/null 2>&1; then
  echo "== installing Debian's pre-commit"
  (apt-get update -q && apt-get install -y -q pre-commit) >/tmp/podlint-hook-apt.log 2>&1 || {
    tail -n 20 /tmp/podlint-hook-apt.log >&2
    echo "hook-test: pre-commit is missing and apt-get could not install it (root needed)" >&2
    exit 1
  }
fi
echo "== $(pre-commit --version)"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# Git as a new user would have it: none of this machine's global or system settings.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$scratch/gitconfig"
git config --global user.name "podlint hook test"
git config --global user.email "hook-test@podlint.invalid"
git config --global init.defaultBranch main
git config --global commit.gpgsign false
# A fresh pre-commit store, so its clone of this checkout builds the jar as a user's first commit
# would; offline (the same ~/.m2 that 'mvn verify' filled) unless PODLINT_MAVEN_ARGS says otherwise.
export PRE_COMMIT_HOME="$scratch/pre-commit-home"
export PODLINT_MAVEN_ARGS="${PODLINT_MAVEN_ARGS--o}"
export NO_COLOR=1

fail() {
  echo "hook-test: FAILED: $*" >&2
  exit 1
}

bad_manifest() {
  cat <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
  mode: slow
YAML
}

good_manifest() {
  bad_manifest | sed '$d'
}

commits() {
  git rev-list --count HEAD 2>/dev/null || echo 0
}

# commit_refused MESSAGE: the commit must fail; its output must name the rule and the file:line.
commit_refused() {
  local before out="$scratch/commit.out"
  before="$(commits)"
  if git commit -q -m "$1" >"$out" 2>&1; then
    cat "$out"
    fail "the commit '$1' with a duplicate key was accepted"
  fi
  sed 's/^/    | /' "$out"
  grep -q "k8s/settings.yaml:7:3: error duplicate-key" "$out" || fail "the refusal does not name duplicate-key at k8s/settings.yaml:7:3"
  [[ "$(commits)" == "$before" ]] || fail "a commit was made"
}

commit_accepted() {
  local before out="$scratch/commit.out"
  before="$(commits)"
  git commit -m "$1" >"$out" 2>&1 || { cat "$out"; fail "the commit '$1' was refused"; }
  sed 's/^/    | /' "$out"
  [[ "$(commits)" == "$((before + 1))" ]] || fail "no commit was made"
}

# commit_excluded_bad_manifest: .podlint.yaml excludes vendor/**; a duplicate key there is committed.
commit_excluded_bad_manifest() {
  printf 'exclude: ["vendor/**"]\n' > .podlint.yaml
  mkdir -p vendor
  bad_manifest > vendor/settings.yaml
  git add .podlint.yaml vendor/settings.yaml
  commit_accepted "vendored settings, excluded in .podlint.yaml"
  grep -q "duplicate-key" "$scratch/commit.out" && fail "the excluded vendor/settings.yaml was linted"
  return 0
}

rev="$(git -C "$root" rev-parse HEAD)"
if [[ -n "$(git -C "$root" status --porcelain -- .pre-commit-hooks.yaml bin cli linter-core rules)" ]]; then
  echo "hook-test: note: uncommitted changes in $root are not in the clone pre-commit makes of $rev"
fi

echo "== 1. pre-commit framework: repo $root, rev $rev"
repo="$scratch/with-pre-commit"
git init -q "$repo"
cd "$repo"
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: podlint
YAML
pre-commit install >/dev/null
echo "# demo" > README.md
git add .pre-commit-config.yaml README.md
commit_accepted "pre-commit configuration (no manifest: the hook is skipped)"
mkdir k8s
bad_manifest > k8s/settings.yaml
echo '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "apps"}}' > k8s/namespace.json
git add k8s
echo "-- a commit with a duplicate key (the first run builds the jar in pre-commit's clone)"
commit_refused "bad settings"
good_manifest > k8s/settings.yaml
git add k8s/settings.yaml
echo "-- the fixed commit"
commit_accepted "good settings"
grep -q "podlint (Kubernetes manifests).*Passed" "$scratch/commit.out" || fail "podlint did not run on the fixed commit"
echo "-- a staged file named -o.yaml is a file to lint, not the --output option"
bad_manifest > ./-o.yaml
git add -- -o.yaml
if git commit -q -m "a broken manifest named like an option" >"$scratch/commit.out" 2>&1; then
  cat "$scratch/commit.out"
  fail "the commit of a broken -o.yaml was accepted"
fi
sed 's/^/    | /' "$scratch/commit.out"
grep -q -- "-o.yaml:7:3: error duplicate-key" "$scratch/commit.out" || fail "the refusal does not name duplicate-key at -o.yaml:7:3"
[[ ! -e .yaml ]] || fail "the staged file name -o.yaml was read as an option: a report was written to .yaml"
git rm -q --cached -- -o.yaml
rm -f -- -o.yaml
echo "-- a broken manifest under vendor/, which .podlint.yaml excludes (pre-commit names it all the same)"
commit_excluded_bad_manifest
grep -q "podlint (Kubernetes manifests).*Passed" "$scratch/commit.out" || fail "podlint did not run on the excluded file"

echo "== launcher through a symbolic link, from the user's repository, with relative paths"
mkdir -p "$scratch/bin"
ln -s "$root/bin/podlint" "$scratch/bin/podlint"
out="$("$scratch/bin/podlint" lint --no-color k8s/settings.yaml k8s/namespace.json)" || fail "linting through the symlink failed"
echo "    | $out"
[[ "$out" == *"in 2 files"* ]] || fail "the launcher did not lint the two relative paths"

echo "== 2. podlint hook install (plain git hook, no framework)"
repo="$scratch/with-git-hook"
git init -q "$repo"
cd "$repo"
"$root/bin/podlint" hook install | sed 's/^/    | /'
mkdir k8s
bad_manifest > k8s/settings.yaml
git add k8s/settings.yaml
good_manifest > k8s/settings.yaml
echo "-- staged: a duplicate key; working file: fixed but not staged"
"$root/bin/podlint" lint --no-color k8s/settings.yaml >/dev/null || fail "the working file should be clean"
commit_refused "bad settings, fixed only in the working tree"
git add k8s/settings.yaml
echo "-- the staged fix"
commit_accepted "good settings"
echo "-- a broken manifest under vendor/, which .podlint.yaml excludes"
commit_excluded_bad_manifest
echo "-- installing again over the existing hook without --force"
printf '#!/bin/sh\nexit 0\n' > "$(git rev-parse --git-path hooks)/pre-commit"
set +e
"$root/bin/podlint" hook install 2> "$scratch/install.err"
code=$?
set -e
sed 's/^/    | /' "$scratch/install.err"
[[ $code -eq 2 ]] || fail "expected exit code 2 from 'hook install' over an existing hook, got $code"
grep -q -- "--force" "$scratch/install.err" || fail "the refusal does not mention --force"

echo "== 3. the distribution (mvn package: cli/target/podlint-*-dist.tar.gz) and the podlint-system hook"
archive="$(ls "$root"/cli/target/podlint-*-dist.tar.gz 2>/dev/null | head -n 1)"
[[ -n "$archive" ]] || fail "no cli/target/podlint-*-dist.tar.gz: run 'mvn package' first"
dist="$scratch/dist"
mkdir -p "$dist"
tar xzf "$archive" -C "$dist"
dist_bin="$(echo "$dist"/podlint-*/bin)"
[[ -x "$dist_bin/podlint" && -f "$dist_bin/../lib/podlint.jar" && -f "$dist_bin/../README.md" ]] \
  || fail "the archive lacks bin/podlint, lib/podlint.jar or README.md"
repo="$scratch/with-system-hook"
git init -q "$repo"
cd "$repo"
mkdir k8s
bad_manifest > k8s/settings.yaml
echo "-- the unpacked bin/podlint, with no mvn on the PATH (it must not build)"
mkdir -p "$scratch/no-mvn"
for tool in bash git java dirname readlink find sed cat mv rm; do
  command -v "$tool" >/dev/null && ln -sf "$(command -v "$tool")" "$scratch/no-mvn/$tool"
done
set +e
PATH="$dist_bin:$scratch/no-mvn" podlint lint --no-color k8s/settings.yaml >"$scratch/dist.out" 2>"$scratch/dist.err"
code=$?
set -e
sed 's/^/    | /' "$scratch/dist.out" "$scratch/dist.err"
[[ $code -eq 1 ]] || fail "expected exit code 1 from the distribution's podlint on a duplicate key, got $code"
grep -q "k8s/settings.yaml:7:3: error duplicate-key" "$scratch/dist.out" || fail "the distribution's podlint did not report duplicate-key at 7:3"
grep -q "building" "$scratch/dist.err" && fail "the distribution's podlint tried to build"
echo "-- pre-commit with id podlint-system (language: system) and the distribution's bin/ on the PATH"
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: podlint-system
YAML
pre-commit install >/dev/null
git add .pre-commit-config.yaml k8s/settings.yaml
export PATH="$dist_bin:$PATH"
commit_refused "bad settings (podlint from the PATH)"
good_manifest > k8s/settings.yaml
git add k8s/settings.yaml
commit_accepted "good settings (podlint from the PATH)"
grep -q "podlint (Kubernetes manifests).*Passed" "$scratch/commit.out" || fail "podlint-system did not run on the fixed commit"

echo "== 4. the launcher's build step: ./mvnw when the checkout has one, else mvn; one progress line"
# A stand-in checkout (pom.xml, bin/podlint) with a stand-in Maven that writes the jar and a
# stand-in java that prints its arguments: only the launcher's own logic runs.
checkout="$scratch/checkout"
mkdir -p "$checkout/bin" "$scratch/fake-jdk/bin" "$scratch/fake-mvn"
cp "$root/bin/podlint" "$checkout/bin/podlint"
echo "<project/>" > "$checkout/pom.xml"
printf '#!/bin/sh
echo "java $*"
' > "$scratch/fake-jdk/bin/java"
fake_maven='#!/bin/sh
echo "$0 $*" >> "%s/maven.log"
mkdir -p cli/target && echo jar > cli/target/podlint.jar
'
printf "$fake_maven" "$scratch" > "$checkout/mvnw"
printf "$fake_maven" "$scratch" > "$scratch/fake-mvn/mvn"
chmod +x "$checkout/mvnw" "$scratch/fake-mvn/mvn" "$scratch/fake-jdk/bin/java"
launch() {
  JAVA_HOME="$scratch/fake-jdk" PATH="$scratch/fake-mvn:$PATH" "$checkout/bin/podlint" --version \
    >"$scratch/launch.out" 2>"$scratch/launch.err"
}
launch || fail "the launcher with a stand-in ./mvnw failed"
[[ "$(grep -c "^podlint: building" "$scratch/launch.err")" == 1 ]] || fail "expected one progress line, got: $(cat "$scratch/launch.err")"
grep -q "with ./mvnw" "$scratch/launch.err" || fail "the progress line does not name ./mvnw"
grep -q "/mvnw -q -B" "$scratch/maven.log" || fail "the launcher did not run ./mvnw"
grep -q -- "-jar $checkout/cli/target/podlint.jar --version" "$scratch/launch.out" || fail "the launcher did not run the built jar"
launch || fail "the second launch failed"
[[ ! -s "$scratch/launch.err" ]] || fail "the second launch rebuilt or printed: $(cat "$scratch/launch.err")"
rm -f "$checkout/mvnw" "$checkout/cli/target/podlint.jar" "$scratch/maven.log"
launch || fail "the launcher with mvn on the PATH failed"
grep -q "with mvn" "$scratch/launch.err" || fail "without ./mvnw the progress line does not name mvn"
grep -q "fake-mvn/mvn -q -B" "$scratch/maven.log" || fail "without ./mvnw the launcher did not run mvn"
sed 's/^/    | /' "$scratch/launch.err"

echo "hook-test: 4 passed, 0 failed"
