using System.Data.Common;
using ChainChief.Web.Data;
using ChainChief.Web.Features.Enterprises;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChainChief.Bench;

/// <summary>The baseline: the same firm rows straight into the table with the database's fastest path (one
/// prepared INSERT in one transaction for SQLite, binary COPY for PostgreSQL). No validation, no history, no audit.</summary>
internal static class BulkLoader
{
    public static async Task LoadAsync(BenchDatabase target, IReadOnlyList<Enterprise> firms)
    {
        await using var scope = target.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entity = db.Model.FindEntityType(typeof(Enterprise))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToList();
        var names = columns.Select(p => p.GetColumnName(table)!).ToList();
        var now = DateTime.UtcNow;

        object? Value(IProperty p, Enterprise e)
        {
            object? v = p.Name switch
            {
                nameof(Enterprise.CreatedAt) or nameof(Enterprise.UpdatedAt) => now,
                nameof(Enterprise.CreatedBy) or nameof(Enterprise.UpdatedBy) => "bulk",
                _ => p.GetGetter().GetClrValue(e),
            };
            if (v is not null && p.GetTypeMapping().Converter is { } converter)
            {
                v = converter.ConvertToProvider(v);
            }
            return v is Enum ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : v;
        }

        if (target.Provider == "Postgres")
        {
            await using var connection = new NpgsqlConnection(target.ConnectionString);
            await connection.OpenAsync();
            var copy = $"COPY \"{table.Name}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) FROM STDIN (FORMAT BINARY)";
            await using var writer = await connection.BeginBinaryImportAsync(copy);
            foreach (var firm in firms)
            {
                await writer.StartRowAsync();
                foreach (var p in columns)
                {
                    await WriteAsync(writer, Value(p, firm));
                }
            }
            await writer.CompleteAsync();
            return;
        }

        await using var sqlite = new SqliteConnection(target.ConnectionString);
        await sqlite.OpenAsync();
        await using var tx = (SqliteTransaction)await sqlite.BeginTransactionAsync();
        await using var insert = sqlite.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))})";
        var parameters = names.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToList();
        insert.Prepare();
        foreach (var firm in firms)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                ((DbParameter)parameters[i]).Value = Value(columns[i], firm) ?? DBNull.Value;
            }
            await insert.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }

    private static Task WriteAsync(NpgsqlBinaryImporter writer, object? value) => value switch
    {
        null => writer.WriteNullAsync(),
        string s => writer.WriteAsync(s),
        int i => writer.WriteAsync(i),
        decimal d => writer.WriteAsync(d),
        double d => writer.WriteAsync(d),
        DateOnly d => writer.WriteAsync(d),
        DateTime t => writer.WriteAsync(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        bool b => writer.WriteAsync(b),
        _ => throw new NotSupportedException(value.GetType().Name),
    };
}
