namespace ChainChief.Tests.Infrastructure;

/// <summary>Base of the tests that run the same way on SQLite and on PostgreSQL.</summary>
public abstract class AppTests(AppFixture fixture)
{
    /// <summary>The running application; PostgreSQL tests skip (locally) or fail (CI) when no server is configured.</summary>
    protected AppFixture App
    {
        get
        {
            if (!fixture.Available)
            {
                TestDatabase.RequirePostgres();
            }
            return fixture;
        }
    }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;
}
