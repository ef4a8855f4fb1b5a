; A037724: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,3,1.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))-1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 5*d(n-1)+1+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 1, d(0) = 0
; 2,10,53,266,1332,6660,33303,166516,832582,4162910,20814553,104072766,520363832,2601819160,13009095803,65045479016,325227395082,1626136975410,8130684877053,40653424385266,203267121926332,1016335609631660

#offset 1

mov $1,$0
mov $0,1
lpb $1
  add $2,$0
  gcd $0,$0
  sub $0,1
  mul $3,5
  sub $0,$2
  add $3,1
  sub $1,1
  add $3,$2
  sub $0,$2
lpe
mov $0,$3
