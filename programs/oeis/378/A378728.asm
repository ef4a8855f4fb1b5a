; A378728: The total number of fires in a rooted undirected infinite 5-ary tree with a self-loop at the root, when the chip-firing process starts with (5^n-1)/4 chips at the root.
; 0,1,12,98,684,4395,26856,158692,915528,5187989,28991700,160217286,877380372,4768371583,25749206544,138282775880,739097595216,3933906555177,20861625671388,110268592834474,581145286560060,3054738044738771,16018748283386232,83819031715393068

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,1
add $0,1
add $3,11
sub $0,1
lpb $0
  mul $2,5
  sub $0,1
  mul $1,5
  add $2,$3
  add $1,$2
  add $3,11
lpe
sub $1,22
mov $0,$1
sub $0,-11
div $0,11
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
