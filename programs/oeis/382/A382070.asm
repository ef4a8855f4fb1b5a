; A382070: Semiperimeter of the unique primitive Pythagorean triple whose inradius is the n-th prime and whose short leg is an odd number.
; Formula: a(n) = (b(n)+(b(n)+1))*(b(n)+1), b(n) = A151800(b(n-1)), b(0) = 0
; 15,28,66,120,276,378,630,780,1128,1770,2016,2850,3486,3828,4560,5778,7140,7626,9180,10296,10878,12720,14028,16110,19110,20706,21528,23220,24090,25878,32640,34716,37950,39060,44850,46056,49770,53628,56280,60378

#offset 1

lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
add $1,1
add $0,$1
mul $0,$1
