using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Data;

/// <summary>The "Database" section: which provider; the connection string is ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = "Sqlite";

    public bool IsPostgres => Provider == "Postgres";
}
