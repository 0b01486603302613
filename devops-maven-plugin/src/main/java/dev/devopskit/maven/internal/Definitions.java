package dev.devopskit.maven.internal;

import dev.devopskit.core.files.GeneratedFile;
import dev.devopskit.kit.RepositoryDefinition;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a project's {@link RepositoryDefinition} from its compiled classes. The plugin's own class loader is the
 * parent, so the interface (and devops-kit) the definition sees are the plugin's: one type, whatever version of
 * devops-kit the project declares.
 */
public final class Definitions {
  private Definitions() {}

  /**
   * The files of the definition class {@code name}, found on {@code classpath}.
   *
   * @throws IllegalArgumentException naming the class and the fix when it cannot be found, made or called
   */
  public static List<GeneratedFile> files(String name, List<String> classpath, ClassLoader parent) {
    List<URL> urls = new ArrayList<>();
    for (String element : classpath) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("class path element is not a path: " + element, e);
      }
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), parent)) {
      thread.setContextClassLoader(loader);
      return List.copyOf(instance(name, loader).files());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("could not close the class loader of " + name, e);
    } catch (RuntimeException | LinkageError e) {
      if (e instanceof IllegalArgumentException) {
        throw e;
      }
      throw new IllegalArgumentException(name + ".files() failed: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static RepositoryDefinition instance(String name, ClassLoader loader) {
    Class<?> type;
    try {
      type = Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("definition class " + name + " not found in the project's classes; "
          + "compile it first (mvn test-compile devops:generate) and check <definition>", e);
    }
    if (!RepositoryDefinition.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException("definition class " + name + " does not implement "
          + RepositoryDefinition.class.getName());
    }
    try {
      return (RepositoryDefinition) type.getDeclaredConstructor().newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalArgumentException("definition class " + name + " needs a public no-argument constructor", e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("the constructor of " + name + " failed: " + e.getCause(), e);
    }
  }
}
