namespace GovDisclosure.Model.Validation;

/// <summary>
/// The ids of every rule that can produce a <see cref="Finding"/>. The strings are a public contract: the
/// consistency rules carry the ids of the format reference. Each constant is declared in its rule's file.
/// </summary>
public static partial class RuleIds
{
}
