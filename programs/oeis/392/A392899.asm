; A392899: Number of bipartite complete simple games with a maximum number of minimal winning pairs.
; Formula: a(n) = -(c(max(truncate((n-1)/2),0))*(n-1-2*max(truncate((n-1)/2),0))+b(max(truncate((n-1)/2),0)))-3, b(n) = b(n-1)-1, c(n) = c(n-1)+(b(n-1)-1), b(0) = -3, c(0) = -1
; 0,1,1,6,2,12,3,19,4,27,5,36,6,46,7,57,8,69,9,82,10,96,11,111,12,127,13,144,14,162,15,181,16,201,17,222,18,244,19,267,20,291,21,316,22,342,23,369,24,397,25,426,26,456,27,487,28,519,29,552,30,586,31

#offset 1

sub $0,1
sub $2,3
mov $1,$0
mov $0,-1
lpb $1
  sub $1,2
  add $2,-1
  add $0,$2
lpe
mul $0,$1
add $0,$2
mul $0,-1
sub $0,3
