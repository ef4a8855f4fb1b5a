; A169029: Number of reduced words of length n in Coxeter group on 16 generators S_i with relations (S_i)^2 = (S_i S_j)^24 = I.
; 1,16,240,3600,54000,810000,12150000,182250000,2733750000,41006250000,615093750000,9226406250000,138396093750000,2075941406250000,31139121093750000,467086816406250000,7006302246093750000

mov $4,$0
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $3,10
mov $1,$0
add $3,6
lpb $1
  sub $1,1
  mul $3,3
  mul $3,5
lpe
mov $0,$3
mov $5,$4
equ $5,0
mul $5,-15
add $0,$5
