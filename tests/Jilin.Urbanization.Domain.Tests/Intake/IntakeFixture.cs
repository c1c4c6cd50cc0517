using System.Text;
using Jilin.Urbanization.Domain.Intake;

namespace Jilin.Urbanization.Domain.Tests.Intake;

/// <summary>Reading texts and bytes through the intake pipeline as a file of a given name.</summary>
internal static class IntakeFixture
{
    public static IntakeResult ReadText(string text, string fileName = "county.csv", IntakeOptions? options = null) =>
        ReadBytes(Encoding.UTF8.GetBytes(text), fileName, options);

    public static IntakeResult ReadBytes(byte[] bytes, string fileName = "county.csv", IntakeOptions? options = null) =>
        IntakeReader.Read(Tracking.TrackingFixture.Policies, new MemoryStream(bytes), fileName, options ?? IntakeOptions.Default);
}
