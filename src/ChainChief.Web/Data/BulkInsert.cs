using System.Data.Common;
using ChainChief.Web.Infrastructure.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ChainChief.Web.Data;

/// <summary>
/// The fast path for many new rows (a province's monthly reports, a matching run's results), inside the caller's EF
/// transaction: binary COPY on PostgreSQL, one prepared single-row INSERT on SQLite. Columns and value conversions come
/// from the EF model, so a new column cannot be forgotten; generated keys are left to the database. EF's change tracker
/// would cost ~20× more for a province's month (see docs/benchmarks.md).
/// </summary>
internal static class BulkInsert
{
    private sealed record Column(string Name, Func<object, object?> Value);

    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, Action<int>? inserted, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk rows are inserted inside the caller's transaction.");
        var (table, columns) = Describe<T>(db);
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
            // Someone else wrote the same key (a firm's month, a match) between our read and our write.
            throw new ConcurrencyConflictException();
        }
    }

    private static (string Table, List<Column> Columns) Describe<T>(AppDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p =>
        {
            var getter = p.GetGetter();
            var converter = p.GetTypeMapping().Converter;
            return new Column(p.GetColumnName(table)!, r => getter.GetClrValue(r) is { } v ? converter?.ConvertToProvider(v) ?? v : null);
        }).ToList();
        return (table.Name, columns);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, List<Column> columns, IReadOnlyList<T> rows,
        Action<int>? inserted, CancellationToken ct)
        where T : class
    {
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(copy, ct);
        // Values go through the importer's buffer synchronously: an awaited call per value costs more than the COPY itself.
        for (var i = 0; i < rows.Count; i++)
        {
            writer.StartRow();
            foreach (var c in columns)
            {
                switch (c.Value(rows[i]))
                {
                    case null: writer.WriteNull(); break;
                    case string s: writer.Write(s); break;
                    case int n: writer.Write(n); break;
                    case long n: writer.Write(n); break;
                    case decimal d: writer.Write(d); break;
                    case bool b: writer.Write(b); break;
                    case DateOnly day: writer.Write(day); break;
                    case DateTime t: writer.Write(DateTime.SpecifyKind(t, DateTimeKind.Utc)); break;
                    case var other: throw new NotSupportedException($"{c.Name}: {other.GetType().Name}");
                }
            }
            if ((i + 1) % 2_000 == 0)
            {
                ct.ThrowIfCancellationRequested();
                inserted?.Invoke(i + 1);
            }
        }
        await writer.CompleteAsync(ct);
        inserted?.Invoke(rows.Count);
    }

    /// <summary>
    /// One prepared single-row INSERT, executed per row. Microsoft.Data.Sqlite binds parameters by name and SQLite finds a
    /// name by scanning the statement's parameters, so a multi-row INSERT with thousands of parameters is quadratic:
    /// 200 rows per statement took 3.4 s for 20,000 rows, one row per statement 0.17 s.
    /// </summary>
    private static async Task InsertSqliteAsync<T>(SqliteConnection connection, SqliteTransaction transaction, string table, List<Column> columns,
        IReadOnlyList<T> rows, Action<int>? inserted, CancellationToken ct)
        where T : class
    {
        await using var command = Command(connection, transaction, table, columns);
        var parameters = command.Parameters;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                parameters[c].Value = columns[c].Value(rows[r]) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
            if ((r + 1) % 2_000 == 0)
            {
                inserted?.Invoke(r + 1);
            }
        }
        inserted?.Invoke(rows.Count);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string table, List<Column> columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }
        command.Prepare();
        return command;
    }
}
