using ChainChief.Web.Data;
using ChainChief.Web.Data.Seed.Demo;

namespace ChainChief.Web;

/// <summary>Admin subcommands of the same executable: `migrate` and `demo --scale city|province [--seed N]`.</summary>
public static class Commands
{
    private static readonly string[] Names = ["migrate", "demo"];

    public static bool IsCommand(string arg) => Names.Contains(arg);

    public static string? Find(string[] args) => args.Length > 0 && Names.Contains(args[0]) ? args[0] : null;

    public static async Task<int> RunAsync(WebApplication app, string command, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        // Both commands first bring the schema and reference data up to date (that is all `migrate` does).
        // `demo` is start-up in demo mode at the asked scale and seed, without serving.
        var demo = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DemoOptions>>().Value;
        demo.Enabled = command == "demo";
        if (command == "demo")
        {
            demo.Scale = Option(args, "--scale") ?? "city";
            if (demo.Scale is not ("city" or "province"))
            {
                Console.Error.WriteLine("--scale must be city or province");
                return 2;
            }
            demo.Seed = int.TryParse(Option(args, "--seed"), out var s) ? s : demo.Seed;
        }
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        Console.WriteLine($"{command}: done ({services.GetRequiredService<AppDbContextFactory>().Provider})");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
