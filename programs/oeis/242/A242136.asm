; A242136: Number of strong triangulations of a fixed square with n interior vertices.
; Formula: a(n) = truncate(6*lodabin(4*(gcd(0,n-1)+2),n-1)/((n+2)*(n+1)))
; 0,1,6,36,228,1518,10530,75516,556512,4194801,32224114,251565996,1991331720,15953808780,129171585690,1055640440268,8698890336576,72215877581844,603532770013080,5074488683389840

sub $0,1
gcd $1,$0
add $1,2
mul $1,4
bin $1,$0
add $0,3
mul $1,6
fac $0,-2
div $1,$0
mov $0,$1
