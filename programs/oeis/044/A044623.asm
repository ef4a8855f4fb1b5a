; A044623: Numbers n such that string 6,7 occurs in the base 8 representation of n but not of n+1.
; Formula: a(n) = 8*(8*(n-2)-sqrtnint((n+1)%8,3))+127
; 55,119,183,247,311,375,447,503,567,631,695,759,823,887,959,1015,1079,1143,1207,1271,1335,1399,1471,1527,1591,1655,1719,1783,1847,1911,1983,2039,2103,2167,2231,2295,2359,2423,2495,2551

#offset 1

sub $0,2
mov $1,$0
mul $1,8
add $0,3
mod $0,8
nrt $0,3
sub $1,$0
mov $0,$1
mul $0,8
add $0,127
