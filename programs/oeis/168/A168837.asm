; A168837: Number of reduced words of length n in Coxeter group on 16 generators S_i with relations (S_i)^2 = (S_i S_j)^20 = I.
; 1,16,240,3600,54000,810000,12150000,182250000,2733750000,41006250000,615093750000,9226406250000,138396093750000,2075941406250000,31139121093750000,467086816406250000,7006302246093750000

add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $1,$2
  mul $2,15
  bin $3,$1
lpe
mov $0,$2
sub $0,8
div $0,15
add $0,1
