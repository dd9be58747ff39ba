package dev.handbook.content;

import com.vladsch.flexmark.html.LinkResolverFactory;
import java.util.Set;

/**
 * A link resolver factory that depends on no other and affects only its own document. {@link
 * LinkResolverFactory} re-declares {@link Independent}'s methods abstract, so a class spells them
 * out once here for every resolver.
 */
public abstract class IndependentLinkResolverFactory implements LinkResolverFactory {
  @Override
  public final Set<Class<?>> getAfterDependents() {
    return null;
  }

  @Override
  public final Set<Class<?>> getBeforeDependents() {
    return null;
  }

  @Override
  public final boolean affectsGlobalScope() {
    return false;
  }
}
