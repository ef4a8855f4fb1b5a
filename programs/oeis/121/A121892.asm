; A121892: Row sums of triangle in A066094.
; 1,2,4,24,192,1920,23040,322560,5160960,92897280,1857945600,40874803200,980995276800

sub $0,1
add $0,1
add $0,2
sub $0,1
sub $0,1
add $0,$0
sub $2,5
lpb $0
  mul $2,$0
  sub $0,2
lpe
mov $0,$2
sub $0,-5
div $0,-5
sub $0,1
add $0,1
sub $0,2
add $0,2
sub $0,2
div $0,2
add $0,1
add $0,1
