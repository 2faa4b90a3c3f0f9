// The resources of bd_resources are compiled in by qt_add_resources (see CMakeLists.txt);
// this file only gives the library a translation unit.
namespace bd {
int resourcesLibraryAnchor = 0;
} // namespace bd
