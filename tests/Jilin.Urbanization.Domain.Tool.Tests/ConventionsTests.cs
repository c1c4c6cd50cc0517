namespace Jilin.Urbanization.Domain.Tool.Tests;

public sealed class ConventionsTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("record")]
    [InlineData("report")]
    [InlineData("changes")]
    [InlineData("explain")]
    [InlineData("lights")]
    [InlineData("notices")]
    [InlineData("ranking")]
    public void Help_on_every_command_shows_its_options_and_examples_in_chinese_and_english(string command)
    {
        var run = ToolHarness.InProcess(command, "--help");

        run.ExitCode.Should().Be(0);
        var examples = run.Output[run.Output.IndexOf("示例 / Examples:", StringComparison.Ordinal)..];
        examples.Should().Contain($"jilin-urbanization {command} ");
        examples.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}").And.MatchRegex("[A-Za-z]{4,}");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_on_one_line_per_problem_with_exit_code_2()
    {
        var run = ToolHarness.InProcess("changes", "--colour", "--from", "2025-10-10");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--colour").And.Contain("--to").And.Contain("Try 'jilin-urbanization changes --help'");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_malformed_day_is_a_usage_error_naming_the_option()
    {
        var run = ToolHarness.InProcess("report", "--log", "x.json", "--as-of", "2025-13-01", "--out", "x.html");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--as-of '2025-13-01' is not a day");
    }

    [Fact]
    public void On_a_terminal_problems_are_red_and_the_progress_bar_is_drawn_then_cleared()
    {
        var run = ToolHarness.InProcess(terminal: true, noColor: false, CancellationToken.None, "check", "/no/such/file.csv");
        var check = ToolHarness.InProcess(terminal: true, noColor: false, CancellationToken.None, "check", ToolHarness.SampleData);

        run.Error.Should().Contain("\e[31merror:\e[0m");
        check.Error.Should().Contain("\r[").And.EndWith("\r\e[K", "the bar is cleared when the work ends");
        check.Output.Should().Contain("\e[32m");
    }

    [Fact]
    public void NO_COLOR_turns_colour_off_even_on_a_terminal()
    {
        var run = ToolHarness.InProcess(terminal: true, noColor: true, CancellationToken.None, "check", "/no/such/file.csv");
        var check = ToolHarness.InProcess(terminal: true, noColor: true, CancellationToken.None, "check", ToolHarness.SampleData);

        run.Error.Should().Be("jilin-urbanization: error: /no/such/file.csv: no such file or folder" + Environment.NewLine);
        check.Output.Should().NotContain("\e[");
    }

    [Fact]
    public void Redirected_output_has_no_progress_bar_and_no_colour()
    {
        var check = ToolHarness.InProcess("check", ToolHarness.SampleData);

        check.Error.Should().BeEmpty();
        check.Output.Should().NotContain("\e[");
    }
}
