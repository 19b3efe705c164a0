namespace ChainChief.Web.Data;

/// <summary>An audited entity some of whose values must not reach the audit log (a confidential project's identity).</summary>
public interface IRedactedAudit
{
    /// <summary>Whether the property's values are written as "***" (decided on the entity's current state).</summary>
    bool Redacts(string property);
}
