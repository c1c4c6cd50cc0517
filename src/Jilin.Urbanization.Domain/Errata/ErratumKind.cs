namespace Jilin.Urbanization.Domain.Errata;

/// <summary>What is wrong with the source at an erratum's place. Values are pinned and never change meaning.</summary>
public enum ErratumKind
{
    /// <summary>A space inside a word or between a word and its punctuation, left by the web page's scraping (e.g. <c>优 质</c>).</summary>
    StraySpace = 1,

    /// <summary>A responsibility parenthetical that opens but never closes (2022 items 30 and 70).</summary>
    MissingClosingParenthesis = 2,

    /// <summary>A character written in the wrong place (2021 item 44: <c>省文旅厅省、自然资源厅</c>).</summary>
    MisplacedCharacter = 3,

    /// <summary>
    /// A document-wide rule written inside one measure's responsibility parenthetical (2022 item 1:
    /// <c>除按职责分工负责外,列第一位为牵头部门</c>). It names no department; it governs every measure.
    /// </summary>
    RuleInResponsibility = 4,

    /// <summary>A heading whose parentheses are of the other width than the rest of the document (2021 group (十三)).</summary>
    MixedParenthesisStyle = 5,
}
