using Jilin.Urbanization.Domain.Departments;
using Jilin.Urbanization.Domain.Documents;

namespace Jilin.Urbanization.Domain.Parsing;

/// <summary>
/// Reads a responsibility parenthetical (errata applied) by the documents' rules: the suffix gives the mode
/// (负责, 按职责分工负责, 分别负责), a trailing 等 leaves the list open, 、 separates the names.
/// </summary>
internal static class ResponsibilityReader
{
    private const string ByDivisionOfDuties = "按职责分工负责";
    private const string Respectively = "分别负责";
    private const string Responsible = "负责";
    private const string AndOthers = "等";

    public static Responsibility Read(
        string verbatim,
        SourceSpan span,
        string corrected,
        DepartmentRegistry departments,
        SourceSpan? ruleSource,
        Func<int, string> locate)
    {
        ResponsibilityMode? mode;
        string list;
        if (corrected.EndsWith(ByDivisionOfDuties, StringComparison.Ordinal))
        {
            mode = ResponsibilityMode.ByDivisionOfDuties;
            list = corrected[..^ByDivisionOfDuties.Length];
        }
        else if (corrected.EndsWith(Respectively, StringComparison.Ordinal))
        {
            mode = ResponsibilityMode.Respectively;
            list = corrected[..^Respectively.Length];
        }
        else if (corrected.EndsWith(Responsible, StringComparison.Ordinal))
        {
            mode = null; // sole or lead-first, decided by the count below
            list = corrected[..^Responsible.Length];
        }
        else
        {
            throw new PolicyDataException(
                $"The responsibility '{verbatim}' does not end in 负责, 按职责分工负责 or 分别负责, so who answers for the measure cannot be read.",
                locate(0));
        }

        var openEnded = list.EndsWith(AndOthers, StringComparison.Ordinal);
        if (openEnded)
        {
            list = list[..^AndOthers.Length];
        }

        var mentions = new List<DepartmentMention>();
        var searchFrom = 0;
        foreach (var raw in list.Split('、'))
        {
            var name = raw.Trim();
            if (name.Length == 0)
            {
                throw new PolicyDataException($"The responsibility '{verbatim}' has an empty name in its list.", locate(0));
            }

            if (!departments.TryResolve(name, out var department))
            {
                var at = verbatim.IndexOf(name, StringComparison.Ordinal);
                var error = new DepartmentNotFoundException(name, []);
                throw new PolicyDataException(
                    $"The responsible body '{name}' resolves to no department in the registry; add it (or an alias) to the registry.",
                    locate(Math.Max(at, 0)),
                    error);
            }

            // The span points at the seed's characters where they spell the name; an erratum may have changed them.
            var index = verbatim.IndexOf(name, searchFrom, StringComparison.Ordinal);
            SourceSpan? nameSpan = null;
            if (index >= 0)
            {
                nameSpan = span with { Offset = span.Offset + index, Length = name.Length, Column = span.Column + index };
                searchFrom = index + name.Length;
            }

            mentions.Add(new DepartmentMention(name, department, nameSpan));
        }

        var resolvedMode = mode ?? (mentions.Count == 1 ? ResponsibilityMode.Sole : ResponsibilityMode.LeadFirst);
        var (lead, rule) = resolvedMode switch
        {
            ResponsibilityMode.Sole => (mentions[0].Department, LeadRule.SoleResponsibility),
            ResponsibilityMode.LeadFirst => (mentions[0].Department, LeadRule.FirstListedLeads),
            ResponsibilityMode.ByDivisionOfDuties => ((Department?)null, LeadRule.NoLeadByDivisionOfDuties),
            _ => (null, LeadRule.NoLeadRespectively),
        };

        return new Responsibility
        {
            Text = verbatim,
            Span = span,
            Departments = mentions.ToValueList(),
            Mode = resolvedMode,
            Lead = lead,
            Rule = rule,
            RuleSource = rule == LeadRule.FirstListedLeads ? ruleSource : null,
            OpenEnded = openEnded,
        };
    }
}
