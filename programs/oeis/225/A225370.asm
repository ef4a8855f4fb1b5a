; A225370: Let f(S) = maximal m such that the string S contains two disjoint identical (scattered) substrings of length m ("twins"); a(n) = min f(S) over all binary strings of length n.
; Formula: a(n) = truncate((sqrtnint((n-1)^5,6)-(n-1))/-1)
; 0,0,1,1,1,2,2,2,3,3,4,4,5,5,5,6,6,7,7,8

#offset 1

sub $0,1
mov $1,$0
pow $0,5
nrt $0,6
sub $0,$1
div $0,-1
