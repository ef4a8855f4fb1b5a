; A044242: Numbers n such that string 6,7 occurs in the base 8 representation of n but not of n-1.
; 55,119,183,247,311,375,439,503,567,631,695,759,823,887,951,1015,1079,1143,1207,1271,1335,1399,1463,1527,1591,1655,1719,1783,1847,1911,1975,2039,2103,2167,2231,2295,2359,2423,2487,2551

#offset 1

sub $0,1
sub $0,1
sub $0,-1
sub $0,1
add $0,2
add $1,$0
add $0,$1
mul $0,2
mul $0,4
sub $0,2
mul $0,4
add $0,1
sub $0,4
add $0,2
