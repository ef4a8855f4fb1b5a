; A092434: Number of words X=x(1)x(2)x(3)...x(n) of length n in three digits {0,1,2} that are invariant under the mapping X -> Y, where y(i)=((AD)^(i-1))x(1) and where (AD) denotes the absolute difference (AD)x(i)=abs(x(i+1)-x(i)) (in other words, y(i) is the i-th element in the diagonal of leading entries in the table of absolute differences of {x(1), x(2),...,x(n)}).
; 3,4,10,12,28,32,72,80,176,192,416,448,960,1024

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $2,1
sub $0,1
add $1,$0
sub $0,1
sub $0,-5
lpb $0
  sub $0,1
  mul $2,-2
  add $1,1
  add $2,$1
  add $1,$2
lpe
mov $0,$1
div $0,4
add $0,1
