; A059422: Difference between number of even equivalence classes and odd classes of terms in a symmetric determinant of order n.
; 1,1,0,-1,-1,3,-2,25,-213,1547,-13276,129069,-1375775,16009741,-202184274,2753591087,-40231298023,627731583225,-10418193719432,183264681827863,-3406106373633009,66695477905719251,-1372395141298236250,29607108539572186329

mov $1,1
lpb $0
  mul $2,$0
  sub $1,$2
  sub $0,1
  mov $3,$1
  mul $2,$0
  sub $1,$4
  div $2,2
  mov $4,$2
  mov $2,$3
lpe
mov $0,$1
