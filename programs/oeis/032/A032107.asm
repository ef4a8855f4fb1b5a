; A032107: Number of reversible strings with n labeled beads of 2 colors.
; 2,4,24,192,1920,23040,322560,5160960,92897280,1857945600,40874803200,980995276800,25505877196800,714164561510400,21424936845312000,685597979049984000,23310331287699456000

#offset 1

sub $0,1
add $0,1
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
