using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Identifiers;

namespace Jilin.Urbanization.Domain.Departments;

/// <summary>A body (department, commission, bureau, organization, enterprise or government) the documents name.</summary>
/// <param name="Id">Stable lower-case ASCII id, e.g. <c>housing-urban-rural-development</c>. Never changes meaning.</param>
/// <param name="Name">The canonical Chinese short name, e.g. <c>省住房和城乡建设厅</c>.</param>
/// <param name="FullName">The full name, e.g. <c>吉林省住房和城乡建设厅</c>.</param>
/// <param name="EnglishName">An English name. An unofficial translation: the Chinese name is the authority.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="Aliases">Every other spelling the sources use, e.g. <c>省住房城乡建设厅</c>.</param>
/// <exception cref="ArgumentNullException">A parameter that is not nullable is null; the exception names it.</exception>
/// <exception cref="ArgumentException">An id is default (it names nothing).</exception>
/// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined; the exception names it.</exception>
public sealed record Department(
    DepartmentId Id,
    string Name,
    string FullName,
    string EnglishName,
    DepartmentKind Kind,
    ValueList<string> Aliases)
{
    // Declared here, not left to the record, so the enum is checked; those after it too, so the properties keep their order
    // (the order JSON writes them in: a record lists the properties it makes before those declared).
    /// <summary>What kind of body it is.</summary>
    public DepartmentKind Kind { get; init => field = Data.DefinedEnum.Required(value, nameof(Kind)); } = Data.DefinedEnum.Required(Kind);

    /// <summary>Stable lower-case ASCII id, e.g. <c>housing-urban-rural-development</c>. Never changes meaning.</summary>
    public DepartmentId Id { get; init => field = IdText.Required(value, nameof(Id)); } = IdText.Required(Id, nameof(Id));

    /// <summary>The canonical Chinese short name, e.g. <c>省住房和城乡建设厅</c>.</summary>
    public string Name { get; init => field = Guard.Against.Null(value, nameof(Name)); } = Guard.Against.Null(Name);

    /// <summary>The full name, e.g. <c>吉林省住房和城乡建设厅</c>.</summary>
    public string FullName { get; init => field = Guard.Against.Null(value, nameof(FullName)); } = Guard.Against.Null(FullName);

    /// <summary>An English name. An unofficial translation: the Chinese name is the authority.</summary>
    public string EnglishName { get; init => field = Guard.Against.Null(value, nameof(EnglishName)); } = Guard.Against.Null(EnglishName);

    /// <summary>Every other spelling the sources use, e.g. <c>省住房城乡建设厅</c>.</summary>
    public ValueList<string> Aliases { get; init => field = Guard.Against.Null(value, nameof(Aliases)); } = Guard.Against.Null(Aliases);

    /// <summary>Readable form: <c>省住房和城乡建设厅 (housing-urban-rural-development)</c>.</summary>
    public override string ToString() => $"{Name} ({Id})";
}
