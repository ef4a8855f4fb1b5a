; A383834: Sum of the legs of the unique primitive Pythagorean triple whose inradius is A000217(n) and such that its long leg and its hypotenuse are consecutive natural numbers.
; Formula: a(n) = floor((n*(n+1)+2)^2/2)-1
; 1,7,31,97,241,511,967,1681,2737,4231,6271,8977,12481,16927,22471,29281,37537,47431,59167,72961,89041,107647,129031,153457,181201,212551,247807,287281,331297,380191,434311,494017,559681,631687,710431,796321,889777,991231,1101127,1219921,1348081

fac $0,2
add $0,2
pow $0,2
div $0,2
sub $0,1
