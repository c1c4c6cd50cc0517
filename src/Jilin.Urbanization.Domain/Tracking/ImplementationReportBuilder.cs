using Jilin.Urbanization.Domain.Divisions;
using Jilin.Urbanization.Domain.Targets;
using TargetId = Jilin.Urbanization.Domain.Targets.TargetId;
using NodaTime;

namespace Jilin.Urbanization.Domain.Tracking;

/// <summary>Builds an <see cref="ImplementationReport"/>: targets first, then measures, then the department and county sections from them.</summary>
internal sealed class ImplementationReportBuilder(ImplementationTracker tracker, TrackingScope scope, LocalDate asOf, LocalDate knownOn)
{
    public ImplementationReport Build()
    {
        var catalog = tracker.Catalog;
        var rollups = new Dictionary<TargetId, TargetRollup>();
        var targets = new List<TargetRollup>();
        foreach (var target in catalog.Targets)
        {
            if (!scope.Covers(target))
            {
                continue;
            }

            var results = tracker.SubjectsFor(target, knownOn).Where(scope.Covers).Select(s => tracker.Result(target, s, asOf, knownOn)).ToValueList();
            var rollup = new TargetRollup { Target = target, Results = results };
            rollups[target.Id] = rollup;
            targets.Add(rollup);
        }

        var measures = new List<MeasureProgress>();
        foreach (var measure in catalog.Measures)
        {
            if (!scope.Covers(measure))
            {
                continue;
            }

            var latest = tracker.Log.ReportersOf(measure.Id, knownOn)
                .Where(scope.Covers)
                .Select(r => tracker.Log.LatestStatus(measure.Id, r, asOf, knownOn))
                .OfType<StatusUpdate>()
                .ToValueList();
            measures.Add(new MeasureProgress
            {
                Measure = measure,
                LatestByReporter = latest,
                Targets = measure.Targets.Where(t => rollups.ContainsKey(t.Id)).Select(t => rollups[t.Id]).ToValueList(),
            });
        }

        return new ImplementationReport
        {
            AsOf = asOf,
            KnownOn = knownOn,
            Scope = scope,
            Targets = targets.ToValueList(),
            Measures = measures.ToValueList(),
            Departments = Departments(measures),
            Counties = Counties(targets, measures),
        };
    }

    private ValueList<DepartmentProgress> Departments(List<MeasureProgress> measures)
    {
        var sections = new List<DepartmentProgress>();
        foreach (var department in tracker.Catalog.Departments.All)
        {
            if (!scope.Covers(Subject.OfDepartment(department.Id)) && scope.Subjects.Any(s => s.Kind == SubjectKind.Department))
            {
                continue;
            }

            var led = measures.Where(m => m.Measure.Responsibility.Lead?.Id == department.Id).ToValueList();
            var shared = measures.Where(m => m.Measure.Responsibility.Lead?.Id != department.Id && m.Measure.Responsibility.Involves(department.Id)).ToValueList();
            if (led.Count + shared.Count > 0)
            {
                sections.Add(new DepartmentProgress { Department = department, Led = led, Shared = shared });
            }
        }

        return sections.ToValueList();
    }

    private ValueList<CountyProgress> Counties(List<TargetRollup> targets, List<MeasureProgress> measures)
    {
        var divisions = tracker.Divisions;
        var codes = new SortedSet<DivisionCode>(divisions.Counties.Where(d => d.Kind != DivisionKind.District).Select(d => d.Code));
        foreach (var result in targets.SelectMany(t => t.Results))
        {
            if (result.Subject.Division is { } code && result.Subject.Kind != SubjectKind.Province)
            {
                codes.Add(code);
            }
        }

        foreach (var update in measures.SelectMany(m => m.LatestByReporter))
        {
            if (update.Reporter.Division is { } code)
            {
                codes.Add(code);
            }
        }

        var sections = new List<CountyProgress>();
        foreach (var code in codes)
        {
            var subject = Subject.OfDivision(code);
            if (!scope.Covers(subject))
            {
                continue;
            }

            sections.Add(new CountyProgress
            {
                Division = divisions.Get(code),
                Results = targets.Where(t => t.Target.Binding == TargetBinding.EachCounty)
                    .SelectMany(t => t.Results).Where(r => r.Subject == subject).ToValueList(),
                StatusUpdates = measures.SelectMany(m => m.LatestByReporter).Where(u => u.Reporter == subject).ToValueList(),
            });
        }

        return sections.ToValueList();
    }
}
