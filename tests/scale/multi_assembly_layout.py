#!/usr/bin/env python3
"""Writes the layout of tests/scale/multi-assembly.sh: a fact base split over libraries.

    multi_assembly_layout.py OUT FACTS [TOPICS] [SRC]

OUT/Shared      actors and places (FACTS / (TOPICS + 1) of them) and a kind of its own, politician extends person
OUT/Topic1..N   events and figures whose events name Shared's actors and places, and one politician (Shared's kind)
OUT/App         a console app that references every topic (Shared only through them), with ten events of its own

Every project references the runtime library and the generator of the repository (SRC, default: this clone's src/)
as projects, as tests/FactModel.Generator.Tests' build tests do. Files hold 100 facts each, with one source document
each that holds every quote the file cites, about 270 bytes of YAML a fact as in tests/FactModel.Benchmarks'
synthetic corpus. Deterministic: the same arguments write the same bytes (no randomness, only arithmetic).
"""
import os
import sys

PER_FILE = 100
FIRST = ["Amira", "Daniel", "Yusuf", "Noa", "Karim", "Lea", "Omar", "Tamar", "Samir", "Rana", "Eitan", "Layla"]
LAST = ["Haddad", "Cohen", "Nasser", "Levi", "Khalil", "Mizrahi", "Saleh", "Peretz", "Darwish", "Azoulay"]
TITLES = ["spokesperson", "minister of defence", "commander", "envoy", "chief negotiator", "mayor"]
PLACE_KINDS = ["city", "district", "region", "area", "territory"]
EVENT_KINDS = ["strike", "meeting", "visit", "talks", "evacuation", "statement"]
QUALIFIERS = ["exact", "about", "around", "over", "nearly", "at-least"]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def project(out, src, name, exe, references):
    refs = "".join(f'\n    <ProjectReference Include="../{r}/{r}.csproj" />' for r in references)
    output = "\n    <OutputType>Exe</OutputType>" if exe else ""
    write(os.path.join(out, name, name + ".csproj"), f"""<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="{src}/FactModel.Generator/build/FactModel.props" />
  <PropertyGroup>{output}
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="{src}/FactModel/FactModel.csproj" />
    <ProjectReference Include="{src}/FactModel.Generator/FactModel.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />{refs}
  </ItemGroup>
  <Import Project="{src}/FactModel.Generator/build/FactModel.targets" />
</Project>
""")


class File:
    """One fact file and the document its quotes come from."""

    def __init__(self, doc):
        self.doc = doc
        self.yaml = []
        self.text = []

    def source(self, quote):
        self.text.append(quote + ". ")
        return f'    source: {{ document: {self.doc}, quote: "{quote}" }}\n'


def shared_file(f, files):
    half = PER_FILE // 2
    file = File(f"shared-{f:05d}")
    y = file.yaml
    y.append("actors:\n")
    for j in range(half):
        name = f"{FIRST[(f * 7 + j) % len(FIRST)]} {LAST[(f * 3 + j * 5) % len(LAST)]} {f}-{j}"
        if j == 0:
            y.append(f"  - id: actor-{f}-{j}\n    kind: organization\n    name: {name}\n")
            if f > 0:
                y.append(f"    part-of: actor-{f - 1}-0\n")
        elif j % 5 == 1:
            y.append(f"  - id: actor-{f}-{j}\n    kind: politician\n    name: {name}\n    party: actor-{f}-0\n")
        else:
            y.append(f"  - id: actor-{f}-{j}\n    kind: person\n    name: {name}\n")
            y.append(f"    roles:\n      - {{ title: {TITLES[(f + j) % len(TITLES)]}, of: actor-{f}-0 }}\n")
        y.append(file.source(f"{name} said on the record in statement {j} of report {f}"))
    y.append("places:\n")
    for j in range(half):
        name = f"{PLACE_KINDS[(f + j) % len(PLACE_KINDS)]} number {j} of report {f}"
        y.append(f"  - id: place-{f}-{j}\n    name: {name}\n    kind: {PLACE_KINDS[(f * 3 + j) % len(PLACE_KINDS)]}\n")
        if j > 0:
            y.append(f"    within: place-{f}-0\n")
        elif f > 0:
            y.append(f"    within: place-{f - 1}-0\n")
        y.append(file.source(f"the {name}, where reporters confirmed the damage"))
    return file


def topic_file(t, f, files, shared_files):
    half = PER_FILE // 2
    file = File(f"topic{t}-{f:05d}")
    y = file.yaml
    if f == 0:
        # One fact of the shared library's own kind.
        name = f"{FIRST[t % len(FIRST)]} {LAST[t % len(LAST)]} of topic {t}"
        y.append(f"actors:\n  - id: t{t}-politician\n    kind: politician\n    name: {name}\n    party: actor-0-0\n")
        y.append(file.source(f"{name}, a member of the party"))
    y.append("events:\n")
    for j in range(half):
        # The shared facts this event names: spread over the whole shared library.
        s = (f * 37 + j * 11 + t * 101) % shared_files
        a, b = 1 + (j + t) % (half - 1), 1 + (j * 3 + t) % (half - 1)
        title = f"{EVENT_KINDS[(f + j + t) % len(EVENT_KINDS)]} {j} reported in report {f} of topic {t}"
        month, day = 1 + j % 12, 1 + (f + j) % 28
        y.append(f"  - id: t{t}-event-{f}-{j}\n    title: {title}\n    kind: {EVENT_KINDS[(f * 5 + j) % len(EVENT_KINDS)]}\n")
        y.append(f"    date: 2024-{month:02d}\n" if j % 3 == 0 else f"    date: 2024-{month:02d}-{day:02d}\n")
        y.append(f"    places: [place-{s}-{b}]\n")
        y.append(f"    participants:\n      - {{ actor: actor-{s}-{a}, role: party }}\n      - {{ actor: actor-{s}-0, role: host }}\n")
        y.append(file.source(f"the {title} drew officials from several capitals"))
    y.append("figures:\n")
    for j in range(half):
        whole = j == 0
        value = 1_000_000 + (f * 7919 + t * 104729) % 1_000_000 if whole else 10 + (f * 31 + j * 17 + t) % 990
        qualifier = "exact" if whole else QUALIFIERS[(f + j + t) % len(QUALIFIERS)]
        y.append(f"  - id: t{t}-figure-{f}-{j}\n    measure: people affected by event {j} of report {f} of topic {t}\n")
        y.append(f"    value: {value}\n    qualifier: {qualifier}\n    unit: people\n    about: t{t}-event-{f}-{j}\n")
        if not whole:
            y.append(f"    of: t{t}-figure-{f}-0\n")
        y.append(file.source(f"officials counted {value} people in figure {j} of report {f} of topic {t}"))
    return file


def save(out, library, file):
    write(os.path.join(out, library, "facts", file.doc + ".yaml"), "".join(file.yaml))
    write(os.path.join(out, library, "seeds", file.doc + ".txt"), "".join(file.text) + "\n")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, facts = sys.argv[1], int(sys.argv[2])
    topics = int(sys.argv[3]) if len(sys.argv) > 3 else 9
    src = sys.argv[4] if len(sys.argv) > 4 else os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src"))
    per_library = facts // (topics + 1)
    files = max(1, per_library // PER_FILE)

    # Nothing above the layout takes part in its builds.
    for guard in ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props"]:
        write(os.path.join(out, guard), "<Project />\n")

    project(out, src, "Shared", False, [])
    write(os.path.join(out, "Shared", "facts", "kinds.yaml"),
          "kinds:\n  - id: politician\n    extends: person\n    fields:\n      - { key: party, type: organization }\n")
    for f in range(files):
        save(out, "Shared", shared_file(f, files))
    for t in range(1, topics + 1):
        project(out, src, f"Topic{t}", False, ["Shared"])
        for f in range(files):
            save(out, f"Topic{t}", topic_file(t, f, files, files))

    project(out, src, "App", True, [f"Topic{t}" for t in range(1, topics + 1)])
    app = File("app")
    app.yaml.append("events:\n")
    for j in range(10):
        t = 1 + j % topics
        app.yaml.append(f"  - id: app-event-{j}\n    title: app event {j}\n    places: [place-0-{1 + j}]\n")
        app.yaml.append(f"    participants: [{{ actor: actor-0-{1 + j}, role: party }}]\n    after: [t{t}-event-0-{j}]\n")
        app.yaml.append(app.source(f"the app event {j} followed the events of topic {t}"))
    save(out, "App", app)
    write(os.path.join(out, "App", "Program.cs"), f"""using System.Diagnostics;
using FactModel;

// First access: loads every library's model and builds all their facts.
var clock = Stopwatch.StartNew();
int count = App.Facts.FactCatalog.WithReferences.Count;
clock.Stop();
Console.WriteLine($"facts across {topics + 2} assemblies: {{count}} (App {{App.Facts.FactCatalog.All.Count}}, Shared {{Shared.Facts.FactCatalog.All.Count}}, Topic1 {{Topic1.Facts.FactCatalog.All.Count}})");
Console.WriteLine($"first access to every fact: {{clock.Elapsed.TotalMilliseconds:F0}} ms");
App.Facts.FactCatalog.WithReferences.TryGet("t{topics}-event-0-1", out Fact? fact);
var participant = ((Event)fact!).Participants[0].Actor;
Shared.Facts.FactCatalog.TryGet(participant.Id, out Fact? shared);
Console.WriteLine($"t{topics}-event-0-1: {{fact.DisplayName}}, with {{participant.DisplayName}}, the shared object: {{ReferenceEquals(participant, shared)}}");
Console.WriteLine($"app-event-0 after: {{App.Facts.Events.All[0].After[0].Id}}; t1-politician is a {{Topic1.Facts.Actors.All.First(a => a.Id == "t1-politician").GetType().FullName}}");
""")
    total = files * PER_FILE * (topics + 1) + 10 + topics
    print(f"{out}: Shared and {topics} topics of {files} files ({files * PER_FILE} facts) each, and App: {total} facts")


if __name__ == "__main__":
    main()
