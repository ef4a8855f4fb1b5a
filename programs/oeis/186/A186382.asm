; A186382: Adjusted joint rank sequence of (f(i)) and (g(j)) with f(i) after g(j) when f(i)=g(j), where f(i)=4i and g(j)=j(j+1)/2 (triangular number).  Complement of A186381.
; 1,2,4,6,8,11,13,16,20,23,27,31,35,40,44,49,55,60,66,72,78,85,91,98,106,113,121,129,137,146,154,163,173,182,192,202,212,223,233,244,256,267,279,291,303,316,328,341,355,368,382,396,410,425,439,454,470,485,501,517,533,550,566,583,601,618,636,654,672,691,709,728,748,767,787,807,827,848,868,889

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,6
mov $1,$0
sub $0,7
add $0,3
sub $0,-3
mul $0,5
lpb $1
  sub $1,1
  add $0,$1
lpe
div $0,4
mul $0,18
add $0,3
sub $0,21
div $0,18
sub $0,1
add $0,2
sub $0,3
sub $0,4
add $0,1
sub $0,-4
sub $0,-1
add $0,1
add $0,1
