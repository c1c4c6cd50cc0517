#!/usr/bin/env bash
# Packs both packages twice, then meets them the way a user does: package-content checks, a consumer xunit
# project referencing them by version, a file-based app with #:package, an F# script with #r "nuget: …",
# and a Native AOT publish of a small console consumer. Nothing is published anywhere.
set -euo pipefail
results=${1:-artifacts/test-results}
root=$PWD
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)
feed=$root/artifacts/packages
echo "version $version"

rm -rf "$feed" "$root/artifacts/packages-second"
dotnet pack -c Release -o "$feed" --nologo -v q
# The second pack starts from a clean build, so identical output proves a deterministic build, not a cache hit.
rm -rf src/*/bin src/*/obj
dotnet pack -c Release -o "$root/artifacts/packages-second" --nologo -v q

# Stale copies of this version in the global cache would hide what was just packed.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/jilin.urbanization.domain" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/jilin.urbanization.domain.testing" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/jilin.urbanization.domain.excel"

for project in PackageChecks ConsumerTests; do
  dotnet test "tests/Consumer/$project" -c Release -p:DomainPackageVersion="$version" --logger "trx;LogFileName=$project.trx" --results-directory "$results"
done
# The Testing package declares FluentAssertions [6.12.0, 8.0.0): the consumer's tests again with FluentAssertions 7.
dotnet test tests/Consumer/ConsumerTests -c Release -p:DomainPackageVersion="$version" -p:ConsumerFluentAssertionsVersion=7.2.2 --logger "trx;LogFileName=ConsumerTests-fa7.trx" --results-directory "$results"

work=$(mktemp -d)
sed "s#../../artifacts/packages#$feed#" tests/Consumer/nuget.config > "$work/nuget.config"

cat > "$work/app.cs" <<CS
#:package Jilin.Urbanization.Domain@$version
using Jilin.Urbanization.Domain.Catalog;
var catalog = PolicyCatalog.Default;
Console.WriteLine(catalog);
return catalog.Measures.Count == 146 ? 0 : 1;
CS
(cd "$work" && dotnet run app.cs)

cat > "$work/script.fsx" <<FS
#r "nuget: Jilin.Urbanization.Domain, $version"
open Jilin.Urbanization.Domain.Catalog
let catalog = PolicyCatalog.Default
printfn "%s" (catalog.ToString())
if catalog.Measures.Count <> 146 then exit 1
FS
(cd "$work" && dotnet fsi script.fsx)

dotnet publish tests/Consumer/AotSmoke -c Release -r linux-x64 -p:DomainPackageVersion="$version" -o "$work/aot" --nologo -v q
"$work/aot/AotSmoke"
rm -rf "$work"
