using Jilin.Urbanization.Domain.Documents;

// Parse a measure id (no data is loaded) and print whether it parsed.
var parsed = MeasureId.TryParse("jilin-2022-county-urbanization/30", out var id);
Console.WriteLine(parsed ? id.Number : 0);
return parsed ? 0 : 1;
