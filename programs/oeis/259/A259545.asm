; A259545: Minimum number k such that, for every m >= k, there exists a set of n positive integers whose largest element is m and whose subsets all have distinct arithmetic means.
; Formula: a(n) = truncate((0-(n-1)-3-A159328(n-1)-1)/-4)
; 1,2,4,7,16,34,78,178

#offset 1

sub $0,1
sub $1,$0
seq $0,159328
sub $1,3
sub $1,$0
mov $0,$1
add $0,-1
div $0,-4
