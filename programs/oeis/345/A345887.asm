; A345887: Number of tilings of an n-cell circular array with rectangular tiles of any size, and where the number of possible colors of a tile is given by the largest cell covered.
; 1,6,30,164,1030,7422,60620,554248,5611770,62353010,754471432,9876716940,139097096918,2097156230470,33704296561140,575219994643472,10389911153247730,198019483156015578,3971390745517868000,83608226221428800020,1843561388182505040462

#offset 1

sub $0,1
sub $0,1
add $0,2
sub $2,5
lpb $0
  mul $2,$0
  sub $2,5
  sub $0,1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
div $0,-5
sub $0,2
add $0,1
