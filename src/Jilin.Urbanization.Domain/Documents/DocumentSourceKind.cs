namespace Jilin.Urbanization.Domain.Documents;

/// <summary>What the seed file is.</summary>
public enum DocumentSourceKind
{
    /// <summary>The policy text alone.</summary>
    PlainText = 1,

    /// <summary>A scraped web page: the policy body sits inside page chrome (navigation, contacts, copyright).</summary>
    ScrapedWebPage = 2,
}
