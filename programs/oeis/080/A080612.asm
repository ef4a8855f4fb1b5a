; A080612: Numbers m such that (1/p(2*m+1)) * Sum_{k=1..m} p(2*k+1)-p(2*k) >= (1/p(2*m))* Sum_{k=1..m} p(2*k)-p(2*k-1) where p(k) denotes the k-th prime.
; 1,2,3,4,5,7,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
div $0,-1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,6
mov $1,$0
lpb $1
  sub $1,6
  add $0,3
  sub $0,1
lpe
sub $0,7
add $0,3
sub $0,-3
mul $0,4
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
sub $0,9
div $0,-1
add $0,1
