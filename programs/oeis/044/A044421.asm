; A044421: Numbers n such that string 8,9 occurs in the base 10 representation of n but not of n-1.
; 89,189,289,389,489,589,689,789,889,989,1089,1189,1289,1389,1489,1589,1689,1789,1889,1989,2089,2189,2289,2389,2489,2589,2689,2789,2889,2989,3089,3189,3289,3389,3489,3589,3689,3789,3889

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,2
sub $0,1
sub $0,2
add $0,7
add $0,$0
add $1,$0
sub $3,$1
mov $0,$4
sub $0,12
sub $3,2
sub $3,$0
mov $0,$3
sub $0,10
mul $0,-5
add $0,10
sub $0,1
mul $0,10
add $0,1
sub $0,2
mul $0,420
add $0,428
sub $0,420
div $0,420
