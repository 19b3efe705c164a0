using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChainChief.Bench;

/// <summary>
/// The baseline for a month's import: the same report rows, final (both sides derived), loaded from a CSV file by the
/// database's own bulk loader — the sqlite3 command-line shell's <c>.import</c>, or PostgreSQL's <c>COPY … FROM STDIN
/// (FORMAT csv)</c> streamed from the file as <c>psql \copy</c> does. No lookups, no validation, no history.
/// </summary>
internal sealed class ReportBaseline
{
    private readonly BenchDatabase database;
    private readonly string table;
    private readonly List<(string Name, Func<MonthlyReport, object?> Value)> columns;
    private long nextId = 1;

    private ReportBaseline(BenchDatabase database, string table, List<(string, Func<MonthlyReport, object?>)> columns) =>
        (this.database, this.table, this.columns) = (database, table, columns);

    /// <summary>SQLite's <c>.import</c> fills every column in table order, so the file carries the ids too; COPY names its columns.</summary>
    public static async Task<ReportBaseline> CreateAsync(BenchDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entity = db.Model.FindEntityType(typeof(MonthlyReport))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var byName = entity.GetProperties().ToDictionary(p => p.GetColumnName(store)!, p => p);
        var order = database.Provider == "Sqlite"
            ? await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_table_info({store.Name}) ORDER BY cid").ToListAsync()
            : [.. byName.Where(p => !p.Value.IsPrimaryKey()).Select(p => p.Key)];
        var baseline = new ReportBaseline(database, store.Name, []);
        foreach (var name in order)
        {
            var property = byName[name];
            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            baseline.columns.Add((name, property.IsPrimaryKey()
                ? _ => baseline.nextId++
                : r => getter.GetClrValue(r) is { } v ? converter?.ConvertToProvider(v) ?? v : null));
        }
        return baseline;
    }

    /// <summary>Writes the month's rows as CSV with a header line (not timed: it stands for the bureau's file).</summary>
    public async Task WriteCsvAsync(string path, IEnumerable<MonthlyReport> rows)
    {
        var now = DateTime.UtcNow;
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteLineAsync(string.Join(",", columns.Select(c => c.Name)));
        var line = new StringBuilder();
        foreach (var r in rows)
        {
            (r.CreatedAt, r.UpdatedAt, r.CreatedBy, r.UpdatedBy) = (now, now, "bulk", "bulk");
            line.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                line.Append(i == 0 ? "" : ",").Append(Text(columns[i].Value(r)));
            }
            await writer.WriteLineAsync(line);
        }
    }

    /// <summary>The timed part: the database's loader reads the file into the table.</summary>
    public async Task LoadAsync(string path)
    {
        if (database.Provider == "Sqlite")
        {
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            var shell = Process.Start(new ProcessStartInfo("sqlite3", ["-batch", file, $".import --csv --skip 1 {path} {table}"])
            {
                RedirectStandardError = true,
            })!;
            var errors = await shell.StandardError.ReadToEndAsync();
            await shell.WaitForExitAsync();
            if (shell.ExitCode != 0 || errors.Length > 0)
            {
                throw new InvalidOperationException($"sqlite3 .import failed: {errors}");
            }
            return;
        }
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using var copy = await connection.BeginTextImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT csv, HEADER true)");
        using var reader = new StreamReader(path, Encoding.UTF8);
        var buffer = new char[1 << 16];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            await copy.WriteAsync(buffer.AsMemory(0, read));
        }
    }

    private string Text(object? value) => value switch
    {
        null => "",
        string s => s.Contains(',') || s.Contains('"') ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : s,
        DateTime t when database.Provider == "Sqlite" => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };
}
