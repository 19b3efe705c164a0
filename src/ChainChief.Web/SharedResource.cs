namespace ChainChief.Web;

/// <summary>Marker for the shared UI strings (Resources/SharedResource.resx is zh-CN, .en-US.resx English).</summary>
public sealed class SharedResource;
