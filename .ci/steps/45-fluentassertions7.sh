#!/usr/bin/env bash
# The Testing package declares FluentAssertions [6.12.0, 8.0.0) and is built against 6.12; this step compiles its
# sources against 7.2.2 too (warnings as errors), so an API that 7 removed or changed fails CI. The run-time side
# (the 6.12-built assembly loaded with 7.2.2) is tests/Jilin.Urbanization.Domain.Testing.Fa7Tests, in `dotnet test`.
set -euo pipefail
project=src/Jilin.Urbanization.Domain.Testing
dotnet build "$project" -c Release -p:FluentAssertionsVersion=7.2.2 --nologo -v quiet
grep -q '"FluentAssertions/7.2.2"' "$project/obj/project.assets.json"
echo "Jilin.Urbanization.Domain.Testing compiles against FluentAssertions 7.2.2"
# Put the ordinary (6.12) restore back for whatever builds next.
dotnet restore "$project" --nologo -v quiet
