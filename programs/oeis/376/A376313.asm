; A376313: Independence number of the 2-supertoken graph FF_2(C_n) of the cycle C_n on n vertices.
; 2,3,6,7,12,14,20,22,30,33,42,45,56,60,72,76,90,95,110,115,132,138,156,162,182,189,210,217,240,248,272,280,306,315,342,351,380,390,420,430,462,473,506,517,552,564,600,612,650,663,702,715,756,770,812,826,870,885,930,945,992,1008

#offset 2

sub $0,2
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $1,2
sub $0,1
add $0,1
add $0,1
sub $0,-1
mov $4,$0
lpb $4
  sub $4,1
  sub $0,1
  sub $0,1
  add $0,4
  sub $0,1
  sub $0,1
  add $0,1
  mov $2,$0
  add $3,2
  sub $1,$3
  add $3,-1
  add $3,$2
  div $0,-1
  add $0,-1
  sub $0,2
lpe
mov $0,$1
div $0,-1
sub $0,7
add $0,3
sub $0,-1
sub $0,-1
div $0,2
add $0,2
