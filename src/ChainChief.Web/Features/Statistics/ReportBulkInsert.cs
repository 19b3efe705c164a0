using System.Data.Common;
using System.Text;
using ChainChief.Web.Data;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ChainChief.Web.Features.Statistics;

/// <summary>
/// The fast path for new reports, inside the caller's EF transaction: binary COPY on PostgreSQL, multi-row INSERTs with
/// parameters on SQLite. Columns and value conversions come from the EF model, so a new column cannot be forgotten.
/// EF's change tracker would cost ~20× more for a province's month (see docs/benchmarks.md).
/// </summary>
internal static class ReportBulkInsert
{
    private const int SqliteRowsPerStatement = 200;

    private sealed record Column(string Name, Func<MonthlyReport, object?> Value);

    public static async Task InsertAsync(AppDbContext db, IReadOnlyList<MonthlyReport> rows, Action<int>? inserted, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Reports are inserted inside the caller's transaction.");
        var (table, columns) = Describe(db);
        try
        {
            if (transaction.Connection is NpgsqlConnection npgsql)
            {
                await CopyAsync(npgsql, table, columns, rows, inserted, ct);
            }
            else
            {
                await InsertSqliteAsync((SqliteConnection)transaction.Connection!, (SqliteTransaction)transaction, table, columns, rows, inserted, ct);
            }
        }
        catch (DbException e) when (e is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: "23505" })
        {
            // Someone else reported the same firm and month between our read and our write.
            throw new ConcurrencyConflictException();
        }
    }

    private static (string Table, List<Column> Columns) Describe(AppDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(MonthlyReport))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p =>
        {
            var getter = p.GetGetter();
            var converter = p.GetTypeMapping().Converter;
            return new Column(p.GetColumnName(table)!, r => getter.GetClrValue(r) is { } v ? converter?.ConvertToProvider(v) ?? v : null);
        }).ToList();
        return (table.Name, columns);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, List<Column> columns, IReadOnlyList<MonthlyReport> rows,
        Action<int>? inserted, CancellationToken ct)
    {
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(copy, ct);
        for (var i = 0; i < rows.Count; i++)
        {
            await writer.StartRowAsync(ct);
            foreach (var c in columns)
            {
                await (c.Value(rows[i]) switch
                {
                    null => writer.WriteNullAsync(ct),
                    string s => writer.WriteAsync(s, ct),
                    int n => writer.WriteAsync(n, ct),
                    long n => writer.WriteAsync(n, ct),
                    decimal d => writer.WriteAsync(d, ct),
                    DateTime t => writer.WriteAsync(DateTime.SpecifyKind(t, DateTimeKind.Utc), ct),
                    var other => throw new NotSupportedException($"{c.Name}: {other.GetType().Name}"),
                });
            }
            if ((i + 1) % 2_000 == 0)
            {
                inserted?.Invoke(i + 1);
            }
        }
        await writer.CompleteAsync(ct);
        inserted?.Invoke(rows.Count);
    }

    private static async Task InsertSqliteAsync(SqliteConnection connection, SqliteTransaction transaction, string table, List<Column> columns,
        IReadOnlyList<MonthlyReport> rows, Action<int>? inserted, CancellationToken ct)
    {
        SqliteCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += SqliteRowsPerStatement)
            {
                var count = Math.Min(SqliteRowsPerStatement, rows.Count - start);
                var command = count == SqliteRowsPerStatement ? full ??= Command(connection, transaction, table, columns, count) : Command(connection, transaction, table, columns, count);
                var parameters = command.Parameters;
                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        parameters[r * columns.Count + c].Value = columns[c].Value(rows[start + r]) ?? DBNull.Value;
                    }
                }
                await command.ExecuteNonQueryAsync(ct);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
                inserted?.Invoke(start + count);
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string table, List<Column> columns, int rows)
    {
        var sql = new StringBuilder($"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = $"$p{r * columns.Count + c}";
                sql.Append(c == 0 ? name : "," + name);
                command.Parameters.Add(new SqliteParameter(name, null));
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }
}
