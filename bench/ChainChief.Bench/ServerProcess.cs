using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ChainChief.Bench;

/// <summary>
/// The real server as its own process on a bench database: the Release build of src/ChainChief.Web, production settings,
/// no demo data, so the first start creates `admin` and prints its password once, which the bench reads to sign in.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string password;

    private ServerProcess(Process process, string baseUrl, string password) => (this.process, BaseUrl, this.password) = (process, baseUrl, password);

    public string BaseUrl { get; }

    public static async Task<ServerProcess> StartAsync(BenchDatabase database)
    {
        var web = Path.Combine(RepositoryRoot(), "src", "ChainChief.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "ChainChief.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the server first: dotnet build -c Release src/ChainChief.Web", dll);
        }
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        var found = new TaskCompletionSource<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && AdminPassword().Match(line) is { Success: true } m)
            {
                found.TrySetResult(m.Groups[1].Value);
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine("server: " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var password = await found.Task.WaitAsync(TimeSpan.FromMinutes(3));
        var server = new ServerProcess(process, $"http://127.0.0.1:{port}", password);
        using var probe = new HttpClient();
        for (var i = 0; ; i++)
        {
            try
            {
                if ((await probe.GetAsync(server.BaseUrl + "/health")).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException) when (i < 300)
            {
            }
            await Task.Delay(200);
        }
    }

    /// <summary>A client holding the sign-in cookie, as a browser would after the sign-in form.</summary>
    public async Task<HttpClient> SignInAsync()
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(2),
        };
        var form = await client.GetStringAsync("/login");
        var token = Antiforgery().Match(form).Groups[1].Value;
        var signIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["returnUrl"] = "/", ["userName"] = "admin", ["password"] = password,
        }));
        if (signIn.StatusCode != HttpStatusCode.Redirect || signIn.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"sign-in failed: {(int)signIn.StatusCode} {signIn.Headers.Location}");
        }
        return client;
    }

    /// <summary>The server's peak resident set (VmHWM) so far.</summary>
    public double PeakMb()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "ChainChief.Web")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("repository root (with src/ChainChief.Web) not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"administrator 'admin' created with password: (\S+)")]
    private static partial Regex AdminPassword();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
