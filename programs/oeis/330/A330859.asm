; A330859: The additive version of the 'Decade transform' : to obtain a(n) write n as a sum of its power-of-ten parts and then continue to calculate the sum of the adjacent parts until a single number remains.
; Formula: a(n) = n-100+10*floor(n/10)
; 100,101,102,103,104,105,106,107,108,109,120,121,122,123,124,125,126,127,128,129,140,141,142,143,144,145,146,147,148,149,160,161,162,163,164,165,166,167,168,169,180,181,182,183,184,185,186,187,188,189,200,201,202,203,204,205,206,207,208,209,220,221,222

#offset 100

mov $1,$0
sub $0,100
div $1,10
mul $1,10
add $0,$1
