using System.Collections;

namespace System
{
    public abstract class Array : ICloneable, IList
    {
        public static Array CreateInstance(Type elementType, int length) => throw null;
        public static void Copy(Array sourceArray, Array destinationArray, int length) => throw null;
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length) => throw null;
        public static void Clear(Array array, int index, int length) => throw null;
        public object GetValue(int index) => throw null;
        public int Length => throw null;
        public object SyncRoot => throw null;
        public bool IsReadOnly => throw null;
        public bool IsFixedSize => throw null;
        public bool IsSynchronized => throw null;
        public object Clone() => throw null;
        public static int BinarySearch(Array array, object value, IComparer comparer) => throw null;
        public static int BinarySearch(Array array, int index, int length, object value, IComparer comparer) => throw null;
        public void CopyTo(Array array, int index) => throw null;
        public IEnumerator GetEnumerator() => throw null;
        public static int IndexOf(Array array, object value) => throw null;
        public static int IndexOf(Array array, object value, int startIndex) => throw null;
        public static int IndexOf(Array array, object value, int startIndex, int count) => throw null;

        int ICollection.Count => throw null;
        object IList.this[int index] { get => throw null; set => throw null; }
        int IList.Add(object value) => throw null;
        bool IList.Contains(object value) => throw null;
        void IList.Clear() => throw null;
        int IList.IndexOf(object value) => throw null;
        void IList.Insert(int index, object value) => throw null;
        void IList.Remove(object value) => throw null;
        void IList.RemoveAt(int index) => throw null;
    }

    public static class BitConverter
    {
        public static byte[] GetBytes(ushort value) => throw null;
        public static ushort ToUInt16(byte[] value, int startIndex) => throw null;
        public static ulong ToUInt64(byte[] value, int startIndex) => throw null;
    }
}
